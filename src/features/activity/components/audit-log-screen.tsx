import { Alert, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import type { AuditLogFilters as Filters } from '../../../api/contract/audit';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { plural } from '../../../lib/format';
import { can, deniedReason } from '../../../lib/permissions';
import { activityQueries } from '../api/activity-queries';
import { AuditEventsTable } from './audit-events-table';
import { AuditLogFilters } from './audit-log-filters';
import { ExportCsvButton } from './export-csv-button';

const route = getRouteApi('/_staff/audit');
const staffRoute = getRouteApi('/_staff');

/** The whole audit log (ONC audit report): filtered and paged on the server, exportable. */
export function AuditLogScreen() {
  const { user } = staffRoute.useRouteContext();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const allowed = can(user.role, 'audit.readAll');
  const query = useQuery({
    ...activityQueries.log(search),
    enabled: allowed,
    placeholderData: keepPreviousData,
  });
  const { page = 1, ...filters } = search;
  // A new filter starts again at page 1.
  const setFilters = (next: Partial<Filters>) =>
    void navigate({ search: (prev) => ({ ...prev, ...next, page: undefined }) });
  const data = query.data;

  return (
    <Stack>
      <Title order={1} size="h2">
        Audit log
      </Title>
      {!allowed ? (
        <Alert color="yellow" title="Clinic managers only">
          {deniedReason('audit.readAll')}
        </Alert>
      ) : (
        <>
          <Text size="sm" c="dimmed">
            Every change, reveal, print and failed sign-in, newest first. Events are never edited or
            removed.
          </Text>
          <AuditLogFilters filters={filters} options={data} onChange={setFilters} />
          {query.isPending ? (
            <LoadingState />
          ) : query.isError ? (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          ) : (
            <>
              <Group justify="space-between">
                <Text size="sm" role="status" aria-live="polite">
                  {plural(query.data.total, 'event')}
                </Text>
                <Group gap="sm">
                  <ExportCsvButton filters={filters} total={query.data.total} />
                  <ExportCsvButton filters={filters} total={query.data.total} format="ndjson" />
                </Group>
              </Group>
              {query.data.items.length === 0 ? (
                <EmptyState title="No events match these filters">
                  Change or clear the filters to see more.
                </EmptyState>
              ) : (
                <AuditEventsTable events={query.data.items} showRecord />
              )}
              <Pagination
                total={Math.max(1, Math.ceil(query.data.total / query.data.pageSize))}
                value={page}
                onChange={(p) => void navigate({ search: (prev) => ({ ...prev, page: p }) })}
                getControlProps={(control) => ({ 'aria-label': `${control} page` })}
                getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
              />
            </>
          )}
        </>
      )}
    </Stack>
  );
}
