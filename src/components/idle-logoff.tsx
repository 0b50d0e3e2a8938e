import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { sessionQueries } from '../api/session';
import { useIdleLogoff } from '../hooks/use-idle-logoff';
import { SESSION_TIMING } from '../lib/session-timing';

function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/**
 * Automatic access time-out (ONC §170.315(d)(5)): a warning with a countdown after a time
 * without activity, then the session ends and the screen clears.
 */
export function IdleLogoff({ onTimeout }: { onTimeout: () => void }) {
  const queryClient = useQueryClient();
  // Asking who is signed in counts as activity on the server too.
  const touchServer = () =>
    void queryClient.fetchQuery({ ...sessionQueries.current(), staleTime: 0 }).catch(() => null);
  const { warning, secondsLeft, staySignedIn } = useIdleLogoff({
    idleMs: SESSION_TIMING.idleMs,
    warningMs: SESSION_TIMING.warningMs,
    onActive: touchServer,
    onTimeout,
  });
  const minutes = SESSION_TIMING.idleMs / 60_000;

  return (
    <Modal
      opened={warning}
      onClose={staySignedIn}
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
          <Button onClick={staySignedIn} data-autofocus>
            Stay signed in
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
