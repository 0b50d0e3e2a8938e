import { Button, Group, Pagination, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { plural } from '../../../lib/format';
import { patientSearchText } from '../../../api/contract/patient';
import { readPatientSearch, rememberPatientSearch } from '../../../lib/patient-search-state';
import { patientQueries } from '../api/patient-queries';
import { PatientResultsTable } from './patient-results-table';

const PAGE_SIZE = 25;

export function PatientSearchScreen() {
  const search = readPatientSearch(useLocation().state) ?? { q: undefined, page: undefined };
  const navigate = useNavigate();
  const [draft, setDraft] = useState(search.q ?? '');
  const [error, setError] = useState<string | null>(null);
  // A new search from elsewhere (Ctrl+K, Back) replaces what was typed.
  const [draftFor, setDraftFor] = useState(search.q);
  if (draftFor !== search.q) {
    setDraftFor(search.q);
    setDraft(search.q ?? '');
  }
  const query = useQuery({
    ...patientQueries.list({ q: search.q, page: search.page, pageSize: PAGE_SIZE }),
    enabled: Boolean(search.q),
  });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Refused here with the reason, never silently ignored or sent to match everyone.
    const parsed = patientSearchText.safeParse(draft);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Check the search text.');
      return;
    }
    setError(null);
    void navigate({ to: '/patients', state: rememberPatientSearch({ q: parsed.data }) });
  };
  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Stack>
      <Title order={1} size="h2">
        Patients
      </Title>
      <form onSubmit={submit} role="search" aria-label="Patients" noValidate>
        <Group align="flex-end">
          <TextInput
            label="Search patients"
            description="Name, date of birth (MM/DD/YYYY), MRN, email or phone"
            value={draft}
            onChange={(e) => {
              setDraft(e.currentTarget.value);
              setError(null);
            }}
            error={error}
            w={420}
            maw="100%"
            autoFocus
          />
          <Button type="submit" leftSection={<IconSearch size={16} aria-hidden />}>
            Search
          </Button>
        </Group>
      </form>
      {!search.q ? (
        <EmptyState title="Find a patient to start">
          Search by name, date of birth, MRN, email or phone. Press Ctrl+K or / from any screen to
          search.
        </EmptyState>
      ) : query.isPending ? (
        <LoadingState label="Searching…" />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : data?.total === 0 ? (
        <EmptyState title={`No patient matches “${search.q}”`}>
          Check the spelling, or try the date of birth, MRN, email or phone instead.
        </EmptyState>
      ) : data ? (
        <Stack gap="sm">
          <Text size="sm" c="dimmed" aria-live="polite">
            {plural(data.total, 'patient')} found for “{search.q}”
          </Text>
          <PatientResultsTable patients={data.items} />
          {pages > 1 && (
            <Pagination
              total={pages}
              value={data.page}
              onChange={(page) =>
                void navigate({
                  to: '/patients',
                  state: rememberPatientSearch({ q: search.q ?? '', page }),
                })
              }
              getControlProps={(control) => ({ 'aria-label': `${control} page` })}
              getItemProps={(page) => ({ 'aria-label': `Page ${page}` })}
            />
          )}
        </Stack>
      ) : null}
    </Stack>
  );
}
