import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { RELATIONSHIP_LABELS, type Grant } from '../../../api/contract/shared-access';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { AnchorLink } from '../../../components/anchor-link';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/query-states';
import { TableScroll } from '../../../components/table-scroll';
import { hasDraft } from '../../../lib/form-drafts';
import { can, deniedReason } from '../../../lib/permissions';
import { clinicDate } from '../../../lib/clinic-time';
import { EditGrantModal } from './edit-grant-modal';
import { GrantActions } from './grant-actions';
import { RecordRequestModal, recordRequestDraftKey } from './record-request-modal';
import { GrantRow } from './grant-row';
import { RequestStatusBadge } from './shared-access-text';

const tabRoute = getRouteApi('/_staff/patients/$patientId/shared-access');
const staffRoute = getRouteApi('/_staff');

/** The edit dialog of the grant named in the URL, or why it cannot open. */
function EditFromUrl({
  grants,
  patientAge,
  asOf,
}: {
  grants: Grant[];
  patientAge: number;
  asOf: string;
}) {
  const { edit } = tabRoute.useSearch();
  const navigate = tabRoute.useNavigate();
  const { user } = staffRoute.useRouteContext();
  if (!edit) return null;
  const grant = grants.find((g) => g.id === edit);
  if (!grant) {
    return (
      <Alert color="gray" title="This grant is not on this record">
        Choose Edit next to the grant below.
      </Alert>
    );
  }
  if (!can(user.role, 'proxy.editGrant')) {
    return <Alert color="gray">{deniedReason('proxy.editGrant')}</Alert>;
  }
  return (
    <EditGrantModal
      key={grant.id}
      grant={grant}
      patientAge={patientAge}
      today={clinicDate(asOf)}
      role={user.role}
      onClose={() => void navigate({ search: {}, replace: true })}
    />
  );
}

/** Care partners with their own login to this record: grants, pending requests, Edit, Revoke. */
export function SharedAccessTab() {
  const { patientId } = tabRoute.useParams();
  const { user } = staffRoute.useRouteContext();
  const { data } = useSuspenseQuery(sharedAccessQueries.patient(patientId));
  // After an idle or forced sign-out, signing back in reopens a request that was being recorded.
  const [recording, setRecording] = useState(() => hasDraft(recordRequestDraftKey(patientId)));
  const pending = data.requests.filter(
    (r) => r.status === 'new' || r.status === 'needs_information',
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Shared Access</Title>
        {can(user.role, 'proxy.record') && (
          <Button variant="default" onClick={() => setRecording(true)}>
            Record a request
          </Button>
        )}
      </Group>
      <Text size="sm" c="dimmed">
        Each care partner logs in with their own email and password, never the patient’s.
      </Text>
      <Title order={3} size="h4">
        Grants
      </Title>
      {data.grants.length === 0 ? (
        <EmptyState title="No shared access">Nobody has shared access to this record.</EmptyState>
      ) : (
        <TableScroll minWidth={980}>
          <DataTable aria-label="Shared-access grants">
            <thead>
              <tr>
                <th scope="col">Care partner</th>
                <th scope="col">Relationship</th>
                <th scope="col">Scope</th>
                <th scope="col">Since</th>
                <th scope="col">Until</th>
                <th scope="col">Granted by</th>
                <th scope="col">Rests on</th>
                <th scope="col">Status</th>
                <th scope="col">Actions</th>
              </tr>
            </thead>
            <tbody>
              {data.grants.map((g: Grant) => (
                <GrantRow key={g.id} grant={g}>
                  <GrantActions grant={g} role={user.role} />
                </GrantRow>
              ))}
            </tbody>
          </DataTable>
        </TableScroll>
      )}
      <Title order={3} size="h4">
        Pending requests
      </Title>
      {pending.length === 0 ? (
        <Text size="sm">No requests are waiting for this patient.</Text>
      ) : (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {pending.map((r) => (
            <Group component="li" key={r.id} gap="sm">
              <RequestStatusBadge status={r.status} />
              <Text size="sm">
                {r.carePartner.name} ({RELATIONSHIP_LABELS[r.carePartner.relationship]}), waiting{' '}
                {r.daysWaiting} days
              </Text>
              <AnchorLink to="/shared-access/$requestId" params={{ requestId: r.id }} size="sm">
                Review {r.carePartner.name}’s request
              </AnchorLink>
            </Group>
          ))}
        </Stack>
      )}
      <EditFromUrl grants={data.grants} patientAge={data.patientAge} asOf={data.asOf} />
      {recording && (
        <RecordRequestModal patientId={patientId} onClose={() => setRecording(false)} />
      )}
    </Stack>
  );
}
