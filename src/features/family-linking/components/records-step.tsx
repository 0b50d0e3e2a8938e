import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type {
  AddLinkingRecords,
  LinkingCandidate,
  LinkingRequest,
} from '../../../api/contract/family-linking';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { linkingRuleFor } from '../../../lib/family-linking-rules';
import { draftOr, readDraft, releaseDraft, saveDraft } from '../../../lib/form-drafts';
import { can } from '../../../lib/permissions';
import { useAddLinkingRecords } from '../api/family-linking-mutations';
import { familyLinkingQueries } from '../api/family-linking-queries';
import { CandidateCard } from './candidate-card';
import { CandidateSearch } from './candidate-search';
import {
  recordsResolver,
  showRecordErrors,
  type RecordsFormInput,
  type RulesByRecord,
} from './records-form';
import { StepFailure } from './step-failure';

const staffRoute = getRouteApi('/_staff');

/** What was chosen and typed survives a forced or idle sign-out (in memory), keyed by request. */
export const recordsDraftKey = (requestId: string) => `family-records:${requestId}`;
/** The search box, as typed. */
export const candidateSearchDraftKey = (requestId: string) => `family-records-search:${requestId}`;
/** The search whose results were shown: run again, so a record ticked from it shows again. */
const searchedDraftKey = (requestId: string) => `family-records-searched:${requestId}`;

/** Step 2: the household first, any patient by search; each rule explained on its row. */
export function RecordsStep({ request }: { request: LinkingRequest }) {
  const { user } = staffRoute.useRouteContext();
  const canOverride = can(user.role, 'family.linkAdultOverride');
  const { data: household } = useSuspenseQuery(familyLinkingQueries.candidates(request.id, ''));
  const draftKey = recordsDraftKey(request.id);
  const searchedKey = searchedDraftKey(request.id);
  const [q, search] = useState(() => (readDraft(searchedKey) as string | undefined) ?? '');
  useEffect(() => {
    saveDraft(searchedKey, q);
    return () => releaseDraft(searchedKey);
  }, [q, searchedKey]);
  const found = useQuery({ ...familyLinkingQueries.candidates(request.id, q), enabled: q !== '' });
  const add = useAddLinkingRecords(request.id);
  const seen = new Set(household.candidates.map((c) => c.patientId));
  const extra = (found.data?.candidates ?? []).filter((c) => !seen.has(c.patientId));
  const form = useForm<RecordsFormInput, RulesByRecord, AddLinkingRecords>({
    // The rows shown now decide what each ticked record needs.
    context: new Map(
      [...household.candidates, ...extra].map((c) => [c.patientId, linkingRuleFor(c)]),
    ),
    resolver: recordsResolver,
    // Children under 12 need nothing more: they start ticked.
    defaultValues: draftOr(draftKey, {
      records: Object.fromEntries(
        household.candidates
          .filter((c) => linkingRuleFor(c) === 'child')
          .map((c) => [c.patientId, { link: true }]),
      ),
    }),
  });
  useFormDraft(draftKey, form);
  const records = useWatch({ control: form.control, name: 'records' });
  const chosen = Object.values(records).filter((c) => c.link === true).length;
  const recordsError = form.formState.errors.records?.message;

  const submit = form.handleSubmit((values) =>
    add.submit(values, { onError: (error) => showRecordErrors(error, values, form.setError) }),
  );

  const card = (c: LinkingCandidate) => (
    <CandidateCard
      key={c.patientId}
      candidate={c}
      holderName={request.holder.name}
      canOverride={canOverride}
      form={form}
    />
  );

  return (
    <Stack>
      <Title order={2} size="h4">
        Records to link
      </Title>
      <Text size="sm">Suggested from {request.holder.name}'s household.</Text>
      {household.candidates.length === 0 ? (
        <Text size="sm" c="dimmed">
          No household records found. Search for the records below.
        </Text>
      ) : (
        household.candidates.map(card)
      )}
      <CandidateSearch
        searching={found.isFetching}
        draftKey={candidateSearchDraftKey(request.id)}
        // The same search again after a failure asks the server again.
        onSearch={(next) => (next !== '' && next === q ? void found.refetch() : search(next))}
      />
      {q !== '' && found.data && extra.length === 0 && (
        <Text size="sm" c="dimmed">
          No other records match.
        </Text>
      )}
      {found.isError && !found.isFetching && <StepFailure error={found.error} action="Search" />}
      {extra.map(card)}
      {typeof recordsError === 'string' && (
        <Text size="sm" c="red.8">
          {recordsError}
        </Text>
      )}
      {add.error && <StepFailure error={add.error} action="Add records" />}
      <Group>
        <Button onClick={() => void submit()} loading={add.isPending} disabled={chosen === 0}>
          {chosen === 1 ? 'Add 1 record' : `Add ${chosen} records`}
        </Button>
      </Group>
    </Stack>
  );
}
