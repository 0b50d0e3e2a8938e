import { BarChart } from '@mantine/charts';
import '@mantine/charts/styles.css';
import { Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import type { Activation } from '../../../api/contract/today';
import { formatDate, plural } from '../../../lib/format';

const rate = (redeemed: number, sent: number) =>
  sent === 0 ? '—' : `${Math.round((redeemed / sent) * 100)}%`;

/**
 * Portal activation by week: links sent against links redeemed. Loaded on its own after Today's
 * lists (it carries the charting library); the table shows the same numbers, for screen readers
 * and anyone who prefers figures.
 */
export function ActivationChart({ activation }: { activation: Activation }) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const headingId = useId();
  const data = activation.weeks.map((w) => ({
    week: formatDate(w.weekStart),
    sent: w.sent,
    redeemed: w.redeemed,
  }));
  const { email, print } = activation.byChannel;
  const sent = activation.weeks.reduce((n, w) => n + w.sent, 0);
  const redeemed = activation.weeks.reduce((n, w) => n + w.redeemed, 0);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={headingId}>
          Portal activation
        </Title>
        <Text size="sm" c="dimmed">
          Links sent and links used to open the portal, by week, over the last{' '}
          {plural(activation.weeks.length, 'week')}: {redeemed} of {sent} redeemed (
          {rate(redeemed, sent)}).
        </Text>
        <SegmentedControl
          aria-label="Show activation as"
          w="fit-content"
          size="xs"
          value={view}
          onChange={(v) => setView(v === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
        />
        {view === 'chart' ? (
          <div
            role="img"
            aria-label={`Links sent and redeemed by week: ${redeemed} of ${sent} redeemed. Choose Table for each week's figures.`}
          >
            <BarChart
              h={220}
              data={data}
              dataKey="week"
              withLegend
              series={[
                { name: 'sent', label: 'Links sent', color: 'blue.6' },
                { name: 'redeemed', label: 'Links redeemed', color: 'teal.7' },
              ]}
            />
          </div>
        ) : (
          <Table striped withTableBorder>
            <Table.Caption>Links sent and redeemed, by week</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Week of</Table.Th>
                <Table.Th scope="col">Sent</Table.Th>
                <Table.Th scope="col">Redeemed</Table.Th>
                <Table.Th scope="col">Rate</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {activation.weeks.map((w) => (
                <Table.Tr key={w.weekStart}>
                  <Table.Th scope="row">{formatDate(w.weekStart)}</Table.Th>
                  <Table.Td>{w.sent}</Table.Td>
                  <Table.Td>{w.redeemed}</Table.Td>
                  <Table.Td>{rate(w.redeemed, w.sent)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <Text size="sm">
          {activation.medianDaysToRedeem === null
            ? 'No link sent in these weeks has been redeemed yet.'
            : `Median time from send to redemption: ${plural(activation.medianDaysToRedeem, 'day')}.`}{' '}
          By email: {email.redeemed} of {email.sent} redeemed ({rate(email.redeemed, email.sent)}).
          By printed letter: {print.redeemed} of {print.sent} ({rate(print.redeemed, print.sent)}).
        </Text>
      </Stack>
    </Paper>
  );
}
