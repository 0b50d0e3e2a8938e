import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import {
  addLinkingRecordSchema,
  type AddLinkingRecords,
  type LinkingCandidate,
  type LinkingRequest,
} from '../../../api/contract/family-linking';
import { linkingRuleFor } from '../../../lib/family-linking-rules';
import { can } from '../../../lib/permissions';
import { useAddLinkingRecords } from '../api/family-linking-mutations';
import { familyLinkingQueries } from '../api/family-linking-queries';
import { CandidateCard, EMPTY_CHOICE, type Choice } from './candidate-card';
import { StepFailure } from './step-failure';

const staffRoute = getRouteApi('/_staff');

type NewRecord = AddLinkingRecords['records'][number];

/** The chosen records as the API takes them, or the messages to show under the fields. */
function toRecords(chosen: Map<string, Choice>, rules: Map<string, string>) {
  const records: NewRecord[] = [];
  const errors: Record<string, string> = {};
  for (const [patientId, c] of chosen) {
    const rule = rules.get(patientId);
    const needsReason = rule === 'adult' || rule === 'adolescent';
    const override =
      rule === 'adult'
        ? {
            type: c.type || undefined,
            documentDate: c.documentDate,
            expiresOn: c.expiresOn || null,
          }
        : null;
    const parsed = addLinkingRecordSchema.safeParse({
      patientId,
      reason: needsReason ? c.reason : null,
      override,
    });
    if (parsed.success) records.push(parsed.data);
    else
      for (const i of parsed.error.issues) errors[`${patientId}.${i.path.join('.')}`] = i.message;
  }
  return { records, errors };
}

/** Step 2: the household first, any patient by search; each rule explained on its row. */
export function RecordsStep({ request }: { request: LinkingRequest }) {
  const { user } = staffRoute.useRouteContext();
  const canOverride = can(user.role, 'family.linkAdultOverride');
  const { data: household } = useSuspenseQuery(familyLinkingQueries.candidates(request.id, ''));
  const [typed, setTyped] = useState('');
  const [q, setQ] = useState('');
  const found = useQuery({ ...familyLinkingQueries.candidates(request.id, q), enabled: q !== '' });
  const [chosen, setChosen] = useState(
    () =>
      new Map(
        household.candidates
          .filter((c) => linkingRuleFor(c) === 'child')
          .map((c) => [c.patientId, EMPTY_CHOICE]),
      ),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const add = useAddLinkingRecords(request.id);
  const seen = new Set(household.candidates.map((c) => c.patientId));
  const extra = (found.data?.candidates ?? []).filter((c) => !seen.has(c.patientId));
  const all = [...household.candidates, ...extra];
  const rules = new Map(all.map((c) => [c.patientId, linkingRuleFor(c)]));

  const card = (c: LinkingCandidate) => (
    <CandidateCard
      key={c.patientId}
      candidate={c}
      holderName={request.holder.name}
      choice={chosen.get(c.patientId)}
      canOverride={canOverride}
      errors={errors}
      onChange={(choice) =>
        setChosen((m) => {
          const next = new Map(m);
          if (choice) next.set(c.patientId, choice);
          else next.delete(c.patientId);
          return next;
        })
      }
    />
  );

  const onAdd = () => {
    const { records, errors: found } = toRecords(chosen, rules);
    setErrors(found);
    if (Object.keys(found).length === 0 && records.length > 0) add.mutate({ records });
  };

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
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setQ(typed.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="Search for any patient"
            description="Name, date of birth, MRN, email or phone"
            value={typed}
            onChange={(e) => setTyped(e.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button type="submit" variant="default" loading={found.isFetching}>
            Search
          </Button>
        </Group>
      </form>
      {q !== '' && found.data && extra.length === 0 && (
        <Text size="sm" c="dimmed">
          No other records match.
        </Text>
      )}
      {extra.map(card)}
      {add.error && <StepFailure error={add.error} action="Add records" />}
      <Group>
        <Button onClick={onAdd} loading={add.isPending} disabled={chosen.size === 0}>
          {chosen.size === 1 ? 'Add 1 record' : `Add ${chosen.size} records`}
        </Button>
      </Group>
    </Stack>
  );
}
