import { Button, Group, Stack, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useLocation, useNavigate } from '@tanstack/react-router';
import { lazy, Suspense, useEffect, useState, type FormEvent } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { patientSearchText } from '../../../api/contract/patient';
import { readPatientSearch, rememberPatientSearch } from '../../../lib/patient-search-state';
import { patientQueries } from '../api/patient-queries';

// The results (table, badges, page links) load with the first search, not with the landing page.
const loadResults = () => import('./patient-search-results');
const PatientSearchResults = lazy(() =>
  loadResults().then((m) => ({ default: m.PatientSearchResults })),
);

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
  // Fetched beside the search itself, so the results show as soon as they arrive.
  useEffect(() => {
    if (search.q) void loadResults();
  }, [search.q]);

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
        <Suspense fallback={<LoadingState label="Searching…" />}>
          <PatientSearchResults
            q={search.q}
            data={data}
            onPage={(page) =>
              void navigate({
                to: '/patients',
                state: rememberPatientSearch({ q: search.q ?? '', page }),
              })
            }
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}
