import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { formatDate, fullName } from '../../../lib/format';
import { activityQueries } from '../api/activity-queries';

/**
 * Picks the record to filter by: staff type a name, MRN or date of birth, and only the chosen
 * record's id goes into the address. The typed text stays in this component.
 */
export function RecordFilter({
  value,
  selected,
  onChange,
}: {
  value: string | undefined;
  /** The chosen record's name, as the server returned it with the log. */
  selected: { id: string; name: string } | null;
  onChange: (patientId: string | undefined) => void;
}) {
  const [search, setSearch] = useState('');
  // Picking a record puts its label in the box: that is not a new search.
  const [pickedLabel, setPickedLabel] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(search, 250);
  const q = debounced === pickedLabel ? '' : debounced;
  const results = useQuery(activityQueries.recordSearch(q));
  const options = (results.data?.items ?? []).map((p) => ({
    value: p.id,
    label: `${fullName(p)} · born ${formatDate(p.dateOfBirth)} · MRN ${p.mrn}`,
  }));
  if (selected && !options.some((o) => o.value === selected.id)) {
    options.unshift({ value: selected.id, label: selected.name });
  }
  const typing = q.trim().length >= 2;
  return (
    <Select
      label="Record"
      placeholder="Search by name, MRN or date of birth"
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      data={options}
      // The server has already matched; Mantine's own filter would hide MRN and date matches.
      filter={({ options: all }) => all}
      value={value ?? null}
      onChange={(id, option) => {
        setPickedLabel(id ? (option?.label ?? null) : null);
        onChange(id ?? undefined);
      }}
      nothingFoundMessage={
        !typing
          ? 'Type at least 2 characters.'
          : results.isFetching
            ? 'Searching…'
            : results.isError
              ? 'The search failed. Try again.'
              : 'No patient matches.'
      }
    />
  );
}
