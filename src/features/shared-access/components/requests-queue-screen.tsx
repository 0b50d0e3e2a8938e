import { Group, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import {
  REQUEST_ROUTES,
  REQUEST_STATUSES,
  REQUEST_STATUS_LABELS,
  RELATIONSHIP_LABELS,
  ROUTE_LABELS,
  type RequestQuery,
} from '../../../api/contract/shared-access';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { AnchorLink } from '../../../components/anchor-link';
import { DataTable } from '../../../components/data-table';
import { EmptyState } from '../../../components/query-states';
import { TableScroll } from '../../../components/table-scroll';
import { plural } from '../../../lib/format';
import { RequestStatusBadge } from './shared-access-text';

const route = getRouteApi('/_staff/shared-access/');

const STATUS_OPTIONS = [
  { value: 'waiting', label: 'Waiting (new or needs information)' },
  { value: 'all', label: 'All statuses' },
  ...REQUEST_STATUSES.map((s) => ({ value: s, label: REQUEST_STATUS_LABELS[s] })),
];
const ROUTE_OPTIONS = [
  { value: 'any', label: 'Any route' },
  ...REQUEST_ROUTES.map((r) => ({ value: r, label: ROUTE_LABELS[r] })),
];

/** Shared-access requests, oldest first: the longest wait is at the top. */
export function RequestsQueueScreen() {
  const search = route.useSearch();
  const navigate = useNavigate();
  const { data } = useSuspenseQuery(sharedAccessQueries.list(search));
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const go = (next: Partial<RequestQuery>) =>
    void navigate({ to: '/shared-access', search: { ...search, page: undefined, ...next } });

  return (
    <Stack>
      <Title order={1}>Shared-access requests</Title>
      <Text size="sm" c="dimmed">
        Care partners asking for their own login to a patient’s record. Oldest first.
      </Text>
      <Group align="flex-end">
        <Select
          label="Status"
          data={STATUS_OPTIONS}
          value={search.status ?? 'waiting'}
          allowDeselect={false}
          onChange={(v) => go({ status: (v ?? 'waiting') as RequestQuery['status'] })}
        />
        <Select
          label="Route"
          data={ROUTE_OPTIONS}
          value={search.route ?? 'any'}
          allowDeselect={false}
          onChange={(v) =>
            go({ route: v && v !== 'any' ? (v as RequestQuery['route']) : undefined })
          }
        />
      </Group>
      <Text size="sm" role="status">
        {plural(data.total, 'request')}
      </Text>
      {data.items.length === 0 ? (
        <EmptyState title="No requests match">Choose another status or route.</EmptyState>
      ) : (
        <TableScroll minWidth={860}>
          <DataTable aria-label="Shared-access requests" highlightOnHover>
            <thead>
              <tr>
                <th scope="col">Patient</th>
                <th scope="col">Care partner</th>
                <th scope="col">Route</th>
                <th scope="col">Status</th>
                <th scope="col">Days waiting</th>
                <th scope="col">Warnings</th>
              </tr>
            </thead>
            <tbody>
              {data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <AnchorLink to="/shared-access/$requestId" params={{ requestId: r.id }}>
                      {r.patient.name}
                    </AnchorLink>
                  </td>
                  <td>
                    {r.carePartner.name}
                    <Text size="xs" c="dimmed">
                      {RELATIONSHIP_LABELS[r.carePartner.relationship]}
                    </Text>
                  </td>
                  <td>{ROUTE_LABELS[r.route]}</td>
                  <td>
                    <RequestStatusBadge status={r.status} />
                  </td>
                  <td>{r.daysWaiting}</td>
                  <td>{r.warnings.length ? r.warnings.map((w) => w.title).join('; ') : 'None'}</td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        </TableScroll>
      )}
      {pages > 1 && (
        <Pagination
          total={pages}
          value={data.page}
          onChange={(page) => void navigate({ to: '/shared-access', search: { ...search, page } })}
          getControlProps={(c) => ({ 'aria-label': `${c} page` })}
        />
      )}
    </Stack>
  );
}
