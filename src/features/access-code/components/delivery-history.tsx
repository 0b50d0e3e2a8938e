import { Badge, Card, Text, Title } from '@mantine/core';
import { DataTable } from '../../../components/data-table';
import { TableScroll } from '../../../components/table-scroll';
import type { Delivery } from '../../../api/contract/access-code';
import { formatDateTime } from '../../../lib/format';
import { DELIVERY_STATUS, whenAgo } from './access-code-text';

export function DeliveryHistory({ deliveries, asOf }: { deliveries: Delivery[]; asOf: string }) {
  return (
    <Card withBorder component="section" aria-labelledby="delivery-history-title">
      <Title order={3} size="h5" id="delivery-history-title" mb="xs">
        Delivery history
      </Title>
      {deliveries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No link has been sent and no letter printed for this record yet.
        </Text>
      ) : (
        <TableScroll minWidth={560}>
          <DataTable aria-labelledby="delivery-history-title">
            <thead>
              <tr>
                <th scope="col">To</th>
                <th scope="col">When</th>
                <th scope="col">By</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td>{d.channel === 'print' ? 'Printed letter' : d.to}</td>
                  <td>
                    {formatDateTime(d.at)} ({whenAgo(d.at, asOf)})
                  </td>
                  <td>{d.byName}</td>
                  <td>
                    <Badge variant="light" color={DELIVERY_STATUS[d.status].color} autoContrast>
                      {DELIVERY_STATUS[d.status].label}
                    </Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </TableScroll>
      )}
    </Card>
  );
}
