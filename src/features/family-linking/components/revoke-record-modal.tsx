import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from 'react-hook-form';
import {
  revokeLinkingRecordSchema,
  type LinkingItem,
  type LinkingRequest,
} from '../../../api/contract/family-linking';
import { useFormDraft } from '../../../hooks/use-form-draft';
import { draftOr } from '../../../lib/form-drafts';
import { showFieldErrors } from '../../../lib/form-errors';
import { useRevokeLinkingRecord } from '../api/family-linking-mutations';
import { StepFailure } from './step-failure';

/** What was typed survives a forced or idle sign-out (in memory), keyed by request and item. */
export const revokeRecordDraftKey = (requestId: string, itemId: string) =>
  `family-revoke:${requestId}:${itemId}`;

/** Takes one record out of the request: its link stops working at once. */
export function RevokeRecordModal({
  request,
  item,
  onClose,
}: {
  request: LinkingRequest;
  item: LinkingItem;
  onClose: () => void;
}) {
  // Closing unmounts the dialog, which abandons a request still under way.
  const revoke = useRevokeLinkingRecord(request.id, item.id);
  const draftKey = revokeRecordDraftKey(request.id, item.id);
  const form = useForm({
    resolver: zodResolver(revokeLinkingRecordSchema),
    defaultValues: draftOr(draftKey, { reason: '' }),
  });
  useFormDraft(draftKey, form);
  const linked = item.state === 'linked';
  const submit = form.handleSubmit((values) =>
    revoke.submit(values, {
      onSuccess: onClose,
      onError: (error) => showFieldErrors(error, form.setError, ['reason']),
    }),
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Revoke ${item.name}`}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Text size="sm">
            {linked
              ? `${item.name}'s record is taken out of ${request.holder.email}. Only a clinic manager can do this.`
              : `The link sent for ${item.name} stops working, and ${item.name} leaves this request.`}
          </Text>
          <Textarea
            label="Reason"
            {...form.register('reason')}
            error={form.formState.errors.reason?.message}
            data-autofocus
          />
          {revoke.error && <StepFailure error={revoke.error} action="Revoke" />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={revoke.isPending}>
              Revoke
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
