import { Badge, Card, Table, Text, Title } from '@mantine/core';
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
        <Table.ScrollContainer minWidth={560}>
          <Table aria-labelledby="delivery-history-title">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">To</Table.Th>
                <Table.Th scope="col">When</Table.Th>
                <Table.Th scope="col">By</Table.Th>
                <Table.Th scope="col">Status</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deliveries.map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>{d.channel === 'print' ? 'Printed letter' : d.to}</Table.Td>
                  <Table.Td>
                    {formatDateTime(d.at)} ({whenAgo(d.at, asOf)})
                  </Table.Td>
                  <Table.Td>{d.byName}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={DELIVERY_STATUS[d.status].color} autoContrast>
                      {DELIVERY_STATUS[d.status].label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
