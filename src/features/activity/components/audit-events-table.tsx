import { Text } from '@mantine/core';
import { DataTable } from '../../../components/data-table';
import { TableScroll } from '../../../components/table-scroll';
import { AnchorLink } from '../../../components/anchor-link';
import type { AuditEvent } from '../../../api/contract/audit';
import { formatDateTime } from '../../../lib/format';
import { ROLE_LABELS } from '../../../lib/permissions';
import { SYSTEM_ACTOR_NAME } from '../../../lib/system-actor';

export function AuditEventsTable({
  events,
  showRecord = false,
}: {
  events: AuditEvent[];
  showRecord?: boolean;
}) {
  return (
    <TableScroll minWidth={700}>
      <DataTable striped>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            {showRecord && <th scope="col">Record</th>}
            <th scope="col">What</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</td>
              <td>
                <Text size="sm">{e.actorName}</Text>
                <Text size="xs" c="dimmed">
                  {e.actorRole
                    ? ROLE_LABELS[e.actorRole]
                    : e.actorName === SYSTEM_ACTOR_NAME
                      ? 'System'
                      : 'Patient portal'}
                </Text>
              </td>
              {showRecord && (
                <td>
                  {e.patientId ? (
                    <AnchorLink to="/patients/$patientId" params={{ patientId: e.patientId }}>
                      {e.patientName ?? 'Patient record'}
                    </AnchorLink>
                  ) : (
                    '—'
                  )}
                </td>
              )}
              <td style={{ fontWeight: 600 }}>{e.action}</td>
              <td>{e.details}</td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </TableScroll>
  );
}
