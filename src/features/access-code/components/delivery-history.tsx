import { Badge, Card, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { DataTable } from '../../../components/data-table';
import { TableScroll } from '../../../components/table-scroll';
import type { Delivery, Revocation } from '../../../api/contract/access-code';
import { formatDateTime } from '../../../lib/format';
import { languageName } from '../../../lib/languages';
import { DELIVERY_STATUS, whenAgo } from './access-code-text';

interface Row {
  at: string;
  id: string;
  to: string;
  byName: string;
  /** The language the email or letter was in, by name ("Spanish"); none for a revoke. */
  language: string;
  status: ReactNode;
}

/** Deliveries and revokes, newest first: a revoke says who took access back, and why. */
function rowsOf(deliveries: Delivery[], revocations: Revocation[]): Row[] {
  const sent = deliveries.map((d) => ({
    at: d.at,
    id: d.id,
    to: d.channel === 'print' ? 'Printed letter' : (d.to ?? ''),
    byName: d.byName,
    language: languageName(d.language),
    status: (
      <Badge variant="light" color={DELIVERY_STATUS[d.status].color} autoContrast>
        {DELIVERY_STATUS[d.status].label}
      </Badge>
    ),
  }));
  const revoked = revocations.map((r) => ({
    at: r.at,
    id: r.id,
    to: r.email ?? 'No email on file',
    byName: r.byName,
    language: '—',
    status: (
      <>
        <Badge variant="light" color="red" autoContrast>
          Access revoked
        </Badge>{' '}
        <Text span size="sm">
          {r.reason}
        </Text>
      </>
    ),
  }));
  return [...sent, ...revoked].sort((a, b) => (a.at < b.at ? 1 : -1));
}

export function DeliveryHistory({
  deliveries,
  revocations,
  asOf,
}: {
  deliveries: Delivery[];
  revocations: Revocation[];
  asOf: string;
}) {
  const rows = rowsOf(deliveries, revocations);
  return (
    <Card withBorder component="section" aria-labelledby="delivery-history-title">
      <Title order={3} size="h5" id="delivery-history-title" mb="xs">
        Delivery history
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No link has been sent and no letter printed for this record yet.
        </Text>
      ) : (
        <TableScroll minWidth={640}>
          <DataTable aria-labelledby="delivery-history-title">
            <thead>
              <tr>
                <th scope="col">To</th>
                <th scope="col">When</th>
                <th scope="col">By</th>
                <th scope="col">Language</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((d) => (
                <tr key={d.id}>
                  <td>{d.to}</td>
                  <td>
                    {formatDateTime(d.at)} ({whenAgo(d.at, asOf)})
                  </td>
                  <td>{d.byName}</td>
                  <td>{d.language}</td>
                  <td>{d.status}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </TableScroll>
      )}
    </Card>
  );
}
