import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { SESSION_TIMING } from '../lib/session-timing';

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** The idle warning with its countdown; loaded by `IdleLogoff` the first time it is needed. */
export function IdleWarningDialog({
  opened,
  secondsLeft,
  onStay,
}: {
  opened: boolean;
  secondsLeft: number;
  onStay: () => void;
}) {
  const minutes = SESSION_TIMING.idleMs / 60_000;
  return (
    <Modal
      opened={opened}
      onClose={onStay}
      title="Are you still there?"
      closeButtonProps={{ 'aria-label': 'Close and stay signed in' }}
    >
      <Stack>
        <Text size="sm">
          There has been no activity for {minutes} minutes. To keep patient details private, Access
          Desk will sign you out in{' '}
          <Text span fw={700} role="timer" aria-live="off">
            {clock(secondsLeft)}
          </Text>
          .
        </Text>
        <Text size="sm">Anything you were typing is kept for when you sign back in.</Text>
        <Group justify="flex-end">
          <Button onClick={onStay} data-autofocus>
            Stay signed in
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
