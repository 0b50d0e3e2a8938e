import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useEffect } from 'react';
import type { z } from 'zod';
import {
  REVOKE_REASONS,
  revokeAccessRequestSchema,
  type AccessStatus,
  type RevokeAccessRequest,
} from '../../../api/contract/access-code';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { draftOr } from '../../../lib/form-drafts';
import { ErrorState } from '../../../components/query-states';
import { fullName } from '../../../lib/format';
import { useRevokeAccess } from '../api/access-code-mutations';

interface Props {
  status: AccessStatus;
  onClose: () => void;
}

/** What revoking will do, said before it is done. */
function consequences({ patient, account, code }: AccessStatus): string[] {
  const lines: string[] = [];
  if (code?.state === 'active')
    lines.push('The active access code is cancelled: its link stops working.');
  if (account) {
    const others = account.records.filter((r) => r.patientId !== patient.id).map((r) => r.name);
    lines.push(
      others.length
        ? `${fullName(patient)}'s record is removed from the portal account ${account.email}. The account stays for its other records: ${others.join(', ')}.`
        : `${fullName(patient)}'s record is removed from the portal account ${account.email}. It holds no other record, so the account is disabled.`,
    );
  }
  return lines;
}

/** What was typed survives a forced or idle sign-out (in memory), keyed by the record. */
export const revokeDraftKey = (patientId: string) => `revoke-access:${patientId}`;

type RevokeForm = z.input<typeof revokeAccessRequestSchema>;

function RevokeAccessForm({
  status,
  onClose,
  revoke,
}: Props & { revoke: ReturnType<typeof useRevokeAccess> }) {
  const draftKey = revokeDraftKey(status.patient.id);
  const form = useForm<RevokeForm, unknown, RevokeAccessRequest>({
    resolver: zodResolver(revokeAccessRequestSchema),
    defaultValues: draftOr<Partial<RevokeForm>>(draftKey, { otherText: '' }),
  });
  useFormDraft(draftKey, form);
  const reason = useWatch({ control: form.control, name: 'reason' });
  const submit = form.handleSubmit((values) =>
    revoke.submit(values, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          title: 'Access revoked',
          message: `Portal access to ${fullName(status.patient)}'s record was revoked.`,
        });
        onClose();
      },
    }),
  );

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        {consequences(status).map((line) => (
          <Text size="sm" key={line}>
            {line}
          </Text>
        ))}
        <Controller
          control={form.control}
          name="reason"
          render={({ field, fieldState }) => (
            <Radio.Group
              label="Reason"
              withAsterisk
              value={field.value ?? null}
              onChange={field.onChange}
              error={fieldState.error?.message}
            >
              <Stack gap="xs" mt="xs">
                {Object.entries(REVOKE_REASONS).map(([value, label]) => (
                  <Radio key={value} value={value} label={label} onBlur={field.onBlur} />
                ))}
              </Stack>
            </Radio.Group>
          )}
        />
        {reason === 'other' && (
          <TextInput
            label="Describe the reason"
            withAsterisk
            {...form.register('otherText')}
            error={form.formState.errors.otherText?.message}
          />
        )}
        {revoke.error && <ErrorState error={revoke.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" color="red" loading={revoke.isPending}>
            Revoke Access
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

export function RevokeAccessModal({ opened, ...props }: Props & { opened: boolean }) {
  const revoke = useRevokeAccess(props.status.patient.id);
  const { ready } = revoke;
  useEffect(() => {
    if (opened) ready();
  }, [opened, ready]);
  // Closing is cancelling: the request is abandoned (the form's draft goes as it closes).
  const cancel = () => {
    revoke.abandon();
    props.onClose();
  };
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      opened={opened}
      onClose={cancel}
      title="Revoke Access"
      size="lg"
    >
      <RevokeAccessForm {...props} onClose={cancel} revoke={revoke} />
    </Modal>
  );
}
