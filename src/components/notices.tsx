import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';

// Mantine's notice stack (its transitions, close buttons and portal) loads with the first notice.
const NoticeStack = lazy(() => import('./notice-stack').then((m) => ({ default: m.NoticeStack })));

/** Where notices appear: nothing is loaded until something calls `notifications.show`. */
export function Notices() {
  const pending = useNotifications().notifications.length > 0;
  const [used, setUsed] = useState(false);
  if (pending && !used) setUsed(true);
  return used ? (
    <Suspense fallback={null}>
      <NoticeStack />
    </Suspense>
  ) : null;
}
