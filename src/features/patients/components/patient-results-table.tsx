import { Badge } from '@mantine/core';
import { DataTable } from '../../../components/data-table';
import { TableScroll } from '../../../components/table-scroll';
import type { PatientSummary } from '../../../api/contract/patient';
import { AnchorLink } from '../../../components/anchor-link';
import {
  AccessCodeBadge,
  EmailProblemBadge,
  PortalStatusBadge,
} from '../../../components/status-badges';
import { formatDate } from '../../../lib/format';
import { ENGLISH, languageName } from '../../../lib/languages';

export function PatientResultsTable({ patients }: { patients: PatientSummary[] }) {
  return (
    <TableScroll minWidth={800}>
      <DataTable striped highlightOnHover>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Date of birth</th>
            <th scope="col">MRN</th>
            <th scope="col">Email</th>
            <th scope="col">Phone</th>
            <th scope="col">Portal</th>
            <th scope="col">Access code</th>
          </tr>
        </thead>
        <tbody>
          {patients.map((p) => (
            <tr key={p.id}>
              <td>
                <AnchorLink to="/patients/$patientId" params={{ patientId: p.id }} fw={600}>
                  {p.lastName}, {p.firstName}
                </AnchorLink>
                {p.preferredLanguage !== ENGLISH && (
                  <Badge size="xs" variant="outline" color="gray" ml={6}>
                    {languageName(p.preferredLanguage)}
                  </Badge>
                )}
              </td>
              <td>{formatDate(p.dateOfBirth)}</td>
              <td>{p.mrn}</td>
              <td>
                {p.email ?? '—'} <EmailProblemBadge problem={p.emailProblem} />
              </td>
              <td>{p.phone ?? '—'}</td>
              <td>
                <PortalStatusBadge status={p.portalStatus} />
              </td>
              <td>
                <AccessCodeBadge state={p.accessCodeState} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </TableScroll>
  );
}
