import { Table } from '@mantine/core';
import type { PatientSummary } from '../../../api/contract/patient';
import { AnchorLink } from '../../../components/anchor-link';
import { AccessCodeBadge, PortalStatusBadge } from '../../../components/status-badges';
import { formatDate } from '../../../lib/format';

export function PatientResultsTable({ patients }: { patients: PatientSummary[] }) {
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Date of birth</Table.Th>
            <Table.Th scope="col">MRN</Table.Th>
            <Table.Th scope="col">Email</Table.Th>
            <Table.Th scope="col">Phone</Table.Th>
            <Table.Th scope="col">Portal</Table.Th>
            <Table.Th scope="col">Access code</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((p) => (
            <Table.Tr key={p.id}>
              <Table.Td>
                <AnchorLink to="/patients/$patientId" params={{ patientId: p.id }} fw={600}>
                  {p.lastName}, {p.firstName}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{formatDate(p.dateOfBirth)}</Table.Td>
              <Table.Td>{p.mrn}</Table.Td>
              <Table.Td>{p.email ?? '—'}</Table.Td>
              <Table.Td>{p.phone ?? '—'}</Table.Td>
              <Table.Td>
                <PortalStatusBadge status={p.portalStatus} />
              </Table.Td>
              <Table.Td>
                <AccessCodeBadge state={p.accessCodeState} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
