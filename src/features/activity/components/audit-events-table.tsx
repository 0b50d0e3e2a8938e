import { Table, Text } from '@mantine/core';
import { AnchorLink } from '../../../components/anchor-link';
import type { AuditEvent } from '../../../api/contract/audit';
import { formatDateTime } from '../../../lib/format';
import { ROLE_LABELS } from '../../../lib/permissions';

export function AuditEventsTable({ events, showRecord = false }: { events: AuditEvent[]; showRecord?: boolean }) {
  return (
    <Table.ScrollContainer minWidth={700}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">Who</Table.Th>
            {showRecord && <Table.Th scope="col">Record</Table.Th>}
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">Details</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
              <Table.Td>
                <Text size="sm">{e.actorName}</Text>
                <Text size="xs" c="dimmed">
                  {e.actorRole ? ROLE_LABELS[e.actorRole] : 'Patient portal'}
                </Text>
              </Table.Td>
              {showRecord && (
                <Table.Td>
                  {e.patientId ? (
                    <AnchorLink to="/patients/$patientId" params={{ patientId: e.patientId }}>
                      {e.patientName ?? 'Patient record'}
                    </AnchorLink>
                  ) : (
                    '—'
                  )}
                </Table.Td>
              )}
              <Table.Td fw={600}>{e.action}</Table.Td>
              <Table.Td>{e.details}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
