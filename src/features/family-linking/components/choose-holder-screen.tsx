import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Badge, Button, Group, List, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { Controller, useForm, useWatch } from 'react-hook-form';
import {
  startLinkingRequestSchema,
  type HolderOption,
  type StartLinkingRequest,
} from '../../../api/contract/family-linking';
import { ErrorState } from '../../../components/query-states';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { draftOr } from '../../../lib/form-drafts';
import { showFieldErrors } from '../../../lib/form-errors';
import { can, deniedReason } from '../../../lib/permissions';
import { useStartLinkingRequest } from '../api/family-linking-mutations';
import { familyLinkingQueries } from '../api/family-linking-queries';
import { StepList } from './step-list';

const route = getRouteApi('/_staff/family-linking/new');
const staffRoute = getRouteApi('/_staff');

function HolderRow({ option }: { option: HolderOption }) {
  const hasAccount = option.accountEmail !== null;
  return (
    <Paper withBorder p="sm">
      <Radio
        value={option.patientId}
        disabled={!hasAccount}
        label={`${option.name}, ${option.age}`}
        description={
          hasAccount
            ? `Portal account ${option.accountEmail}${option.access === 'limited' ? ' (limited: booked online; it qualifies)' : ''}`
            : 'No portal account: send them a Medical Records Access Link first.'
        }
      />
      {hasAccount && (
        <Stack gap={2} mt="xs" ml="xl">
          <Text size="xs" c="dimmed">
            Records this account already holds
          </Text>
          <List size="sm">
            {option.records.map((r) => (
              <List.Item key={r.patientId}>{r.name}</List.Item>
            ))}
          </List>
        </Stack>
      )}
    </Paper>
  );
}

/** The holder chosen survives a forced or idle sign-out (in memory), keyed by the record. */
export const holderDraftKey = (patientId: string) => `family-holder:${patientId}`;

/** Step 1: whose login will hold the records. It must be a portal account (limited qualifies). */
export function ChooseHolderScreen() {
  const { patientId } = route.useSearch();
  const { user } = staffRoute.useRouteContext();
  const { data } = useSuspenseQuery(familyLinkingQueries.holders(patientId));
  const navigate = useNavigate();
  const start = useStartLinkingRequest();
  const withAccount = data.options.filter((o) => o.accountEmail !== null);
  const draftKey = holderDraftKey(patientId);
  const first = withAccount[0]?.patientId ?? '';
  const kept = draftOr(draftKey, { holderPatientId: first }).holderPatientId;
  const form = useForm<StartLinkingRequest>({
    resolver: zodResolver(startLinkingRequestSchema),
    // A holder chosen before comes back only while they still have a portal account.
    defaultValues: {
      holderPatientId: withAccount.some((o) => o.patientId === kept) ? kept : first,
    },
  });
  useFormDraft(draftKey, form);
  const holderId = useWatch({ control: form.control, name: 'holderPatientId' });
  const holder = data.options.find((o) => o.patientId === holderId);
  const allowed = can(user.role, 'family.link');

  const submit = form.handleSubmit((values) =>
    start.submit(values, {
      onSuccess: (req) =>
        void navigate({ to: '/family-linking/$requestId', params: { requestId: req.id } }),
      onError: (error) => showFieldErrors(error, form.setError, ['holderPatientId']),
    }),
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack maw={760}>
        <Title order={1} size="h2">
          Link family records
        </Title>
        <StepList current="holder" />
        <Title order={2} size="h4">
          Account holder
        </Title>
        <Text size="sm">
          The person whose portal login will hold the records. They log in with their own password
          to link each record.
        </Text>
        {withAccount.length === 0 && (
          <Alert color="yellow" title="Nobody here has a portal account">
            The account holder needs a portal account first. Send them a Medical Records Access Link
            from their Medical Access Code tab, then come back.
          </Alert>
        )}
        <Controller
          control={form.control}
          name="holderPatientId"
          render={({ field, fieldState }) => (
            <Radio.Group
              value={field.value}
              onChange={field.onChange}
              label="Choose the account holder"
              error={fieldState.error?.message}
            >
              <Stack gap="xs" mt="xs">
                {data.options.map((o) => (
                  <HolderRow key={o.patientId} option={o} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {start.error && <ErrorState error={start.error} />}
        {!allowed && (
          <Text size="sm" c="red.8">
            {deniedReason('family.link')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={start.isPending} disabled={!holder || !allowed}>
            {holder ? `Continue with ${holder.name}'s account` : 'Continue'}
          </Button>
          {holder?.access === 'limited' && <Badge color="yellow">Limited account</Badge>}
        </Group>
      </Stack>
    </form>
  );
}
