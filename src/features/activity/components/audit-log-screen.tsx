import { Alert, Pagination, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { ErrorState, LoadingState } from '../../../components/query-states';
import { can, deniedReason } from '../../../lib/permissions';
import { activityQueries } from '../api/activity-queries';
import { AuditEventsTable } from './audit-events-table';

const route = getRouteApi('/_staff/audit');
const staffRoute = getRouteApi('/_staff');

export function AuditLogScreen() {
  const { user } = staffRoute.useRouteContext();
  const { page = 1 } = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = can(user.role, 'audit.readAll');
  const query = useQuery({ ...activityQueries.all(page), enabled: allowed });
  return (
    <Stack>
      <Title order={1} size="h2">
        Audit log
      </Title>
      {!allowed ? (
        <Alert color="yellow" title="Clinic managers only">
          {deniedReason('audit.readAll')}
        </Alert>
      ) : query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <AuditEventsTable events={query.data.items} showRecord />
          <Pagination
            total={Math.max(1, Math.ceil(query.data.total / query.data.pageSize))}
            value={page}
            onChange={(p) => void navigate({ search: { page: p } })}
            getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          />
        </>
      )}
    </Stack>
  );
}
