import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { sessionQueries } from '../api/session';
import { useIdleLogoff } from '../hooks/use-idle-logoff';
import { SESSION_TIMING } from '../lib/session-timing';

// The dialog (Modal, focus trap, overlay) loads the first time the warning is due, not at sign-in.
const IdleWarningDialog = lazy(() =>
  import('./idle-warning-dialog').then((m) => ({ default: m.IdleWarningDialog })),
);

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
  const [warned, setWarned] = useState(false);
  if (warning && !warned) setWarned(true);

  return warned ? (
    <Suspense fallback={null}>
      <IdleWarningDialog opened={warning} secondsLeft={secondsLeft} onStay={staySignedIn} />
    </Suspense>
  ) : null;
}
