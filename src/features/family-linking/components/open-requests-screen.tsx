import { Badge, Paper, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { AnchorLink } from '../../../components/anchor-link';
import { DataTable } from '../../../components/data-table';
import { EmptyState, ErrorState } from '../../../components/query-states';
import { TableScroll } from '../../../components/table-scroll';
import { formatDateTime } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { familyLinkingQueries } from '../api/family-linking-queries';
import { progressText } from './linking-text';

const staffRoute = getRouteApi('/_staff');

/** Open family linking requests, newest first: anyone can pick one up where it stopped. */
export function OpenRequestsScreen() {
  const [status, setStatus] = useState<'open' | 'done'>('open');
  const { data: open } = useSuspenseQuery(familyLinkingQueries.list());
  // Finished requests stay listed under Done.
  const done = useQuery({
    ...familyLinkingQueries.list(undefined, 'done'),
    enabled: status === 'done',
    placeholderData: keepPreviousData,
  });
  const data = status === 'done' ? (done.data ?? { items: [] }) : open;
  const label = status === 'done' ? 'Done linking requests' : 'Open linking requests';
  const { user } = staffRoute.useRouteContext();
  // Only roles that may link are pointed at the button; the others are told who starts one.
  const mayStart = can(user.role, 'family.link');
  return (
    <Stack>
      <div>
        <Title order={1} size="h2">
          Family linking
        </Title>
        <Text size="sm" c="dimmed">
          Linking requests, newest first.{' '}
          {mayStart
            ? "Start a new one with Link family records from any record's Overview."
            : 'Patient experience or a clinic manager starts new ones.'}
        </Text>
      </div>
      <SegmentedControl
        aria-label="Show linking requests"
        w="fit-content"
        value={status}
        onChange={(v) => setStatus(v === 'done' ? 'done' : 'open')}
        data={[
          { value: 'open', label: 'Open' },
          { value: 'done', label: 'Done' },
        ]}
      />
      {status === 'done' && done.isError && !done.data ? (
        <ErrorState error={done.error} />
      ) : status === 'done' && data.items.length === 0 ? (
        <EmptyState
          title={done.isPending ? 'Loading done requests…' : 'No finished linking requests'}
        >
          Requests appear here once staff confirm the summary with the account holder.
        </EmptyState>
      ) : data.items.length === 0 ? (
        <EmptyState title="No open linking requests">
          {mayStart
            ? "Open a patient's workspace and choose Link family records to start one."
            : 'Patient experience or a clinic manager starts one when a family asks.'}
        </EmptyState>
      ) : (
        <Paper withBorder>
          <TableScroll minWidth={640}>
            <DataTable aria-label={label}>
              <thead>
                <tr>
                  <th scope="col">Account holder</th>
                  <th scope="col">Progress</th>
                  <th scope="col">Started</th>
                  <th scope="col">By</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <AnchorLink to="/family-linking/$requestId" params={{ requestId: r.id }}>
                        {r.holderName}
                      </AnchorLink>
                    </td>
                    <td>
                      <Badge
                        variant="light"
                        color={r.linked === r.total && r.total > 0 ? 'green' : 'blue'}
                        autoContrast
                      >
                        {progressText(r.linked, r.total)}
                      </Badge>
                    </td>
                    <td>{formatDateTime(r.createdAt)}</td>
                    <td>{r.createdByName}</td>
                  </tr>
                ))}
              </tbody>
            </DataTable>
          </TableScroll>
        </Paper>
      )}
    </Stack>
  );
}
