import { Group, Stack, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { EmptyState, RefreshFailedAlert } from '../../../components/query-states';
import { activityQueries } from '../api/activity-queries';
import { AuditEventsTable } from './audit-events-table';
import { ExportFhirButton } from './export-fhir-button';

const route = getRouteApi('/_staff/patients/$patientId/activity');

/** Everything done to this record, newest first. Events are never edited or removed. */
export function ActivityTab() {
  const { patientId } = route.useParams();
  const { data, isFetching, isRefetchError, error, refetch } = useSuspenseQuery(
    activityQueries.forPatient(patientId),
  );
  // Shown from memory while it refreshes (busy), and said so when the refresh fails.
  return (
    <Stack gap="sm" component="section" aria-labelledby="activity-title" aria-busy={isFetching}>
      <Group justify="space-between" align="center">
        <Title order={2} size="h4" id="activity-title">
          Activity
        </Title>
        <ExportFhirButton patientId={patientId} />
      </Group>
      {isRefetchError && !isFetching && (
        <RefreshFailedAlert error={error} onRetry={() => void refetch()} />
      )}
      {data.items.length === 0 ? (
        <EmptyState title="No activity yet">
          Every change to this record will be listed here.
        </EmptyState>
      ) : (
        <AuditEventsTable events={data.items} />
      )}
    </Stack>
  );
}
