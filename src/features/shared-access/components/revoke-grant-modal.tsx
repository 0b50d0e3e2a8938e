import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useForm } from 'react-hook-form';
import { revokeGrantSchema, type Grant } from '../../../api/contract/shared-access';
import { ErrorState } from '../../../components/query-states';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { draftOr } from '../../../lib/form-drafts';
import { useRevokeGrant } from '../api/shared-access-mutations';

export const revokeGrantDraftKey = (grantId: string) => `revoke-grant:${grantId}`;

/** Revoke a care partner's access, with a reason: it stops working at once. */
export function RevokeGrantModal({ grant, onClose }: { grant: Grant; onClose: () => void }) {
  // Closing unmounts the dialog, which abandons a request still under way.
  const revoke = useRevokeGrant(grant.id);
  const draftKey = revokeGrantDraftKey(grant.id);
  const form = useForm({
    resolver: zodResolver(revokeGrantSchema),
    defaultValues: draftOr(draftKey, { reason: '' }),
  });
  useFormDraft(draftKey, form);
  const submit = form.handleSubmit((values) =>
    revoke.submit(values, {
      onSuccess: () => {
        notifications.show({
          color: 'green',
          title: 'Shared access revoked',
          message: `${grant.carePartner.name} can no longer see this record.`,
        });
        onClose();
      },
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title="Revoke shared access"
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">
            {grant.carePartner.name} loses access at once: their own login no longer shows this
            record.
          </Text>
          <Textarea
            label="Reason for revoking"
            withAsterisk
            {...form.register('reason')}
            error={form.formState.errors.reason?.message}
          />
          {revoke.error && <ErrorState error={revoke.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={revoke.isPending}>
              Revoke access
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
