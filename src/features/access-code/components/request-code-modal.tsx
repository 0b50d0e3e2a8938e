import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { AccessCode } from '../../../api/contract/access-code';
import { ErrorState } from '../../../components/query-states';
import { expiresInText } from './access-code-text';

interface Props {
  opened: boolean;
  active: AccessCode;
  asOf: string;
  pending: boolean;
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

/** Requesting a code while one is active replaces it: the link already sent stops working. */
export function ReplaceCodeModal({
  opened,
  active,
  asOf,
  pending,
  error,
  onConfirm,
  onClose,
}: Props) {
  return (
    <Modal
      closeButtonProps={{ 'aria-label': 'Close dialog' }}
      opened={opened}
      onClose={onClose}
      title="Replace the active access code?"
    >
      <Stack>
        <Text size="sm">
          This record already has an active access code ({active.maskedCode}), which{' '}
          {expiresInText(active, asOf)}.
        </Text>
        <Text size="sm" fw={600}>
          A new code replaces it: the link already sent will stop working, and the patient will need
          the new link.
        </Text>
        {error ? <ErrorState error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Keep the current code
          </Button>
          <Button color="orange" onClick={onConfirm} loading={pending}>
            Replace code
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
