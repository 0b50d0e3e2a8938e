import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import {
  revokeLinkingRecordSchema,
  type LinkingItem,
  type LinkingRequest,
} from '../../../api/contract/family-linking';
import { useRevokeLinkingRecord } from '../api/family-linking-mutations';
import { StepFailure } from './step-failure';

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
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const revoke = useRevokeLinkingRecord(request.id);
  const linked = item.state === 'linked';
  const onRevoke = () => {
    const parsed = revokeLinkingRecordSchema.safeParse({ reason });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message);
    setError(undefined);
    revoke.mutate({ patientId: item.patientId, ...parsed.data }, { onSuccess: onClose });
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={`Revoke ${item.name}`}
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
    >
      <Stack>
        <Text size="sm">
          {linked
            ? `${item.name}'s record is taken out of ${request.holder.email}. Only a clinic manager can do this.`
            : `The link sent for ${item.name} stops working, and ${item.name} leaves this request.`}
        </Text>
        <Textarea
          label="Reason"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          data-autofocus
        />
        {revoke.error && <StepFailure error={revoke.error} action="Revoke" />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={onRevoke} loading={revoke.isPending}>
            Revoke
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
