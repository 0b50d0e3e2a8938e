import { Pagination, Stack, Text } from '@mantine/core';
import type { PatientSummary } from '../../../api/contract/patient';
import { plural } from '../../../lib/format';
import { PatientResultsTable } from './patient-results-table';

/** One page of matches with its count and page links; loaded with the first search. */
export function PatientSearchResults({
  q,
  data,
  onPage,
}: {
  q: string;
  data: { items: PatientSummary[]; total: number; page: number; pageSize: number };
  onPage: (page: number) => void;
}) {
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed" aria-live="polite">
        {plural(data.total, 'patient')} found for “{q}”
      </Text>
      <PatientResultsTable patients={data.items} />
      {pages > 1 && (
        <Pagination
          total={pages}
          value={data.page}
          onChange={onPage}
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
          getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
        />
      )}
    </Stack>
  );
}
