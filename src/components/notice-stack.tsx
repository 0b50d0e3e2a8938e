import { Notifications } from '@mantine/notifications';

/** Mantine's notices, top right; loaded by `Notices` when the first one is shown. */
export function NoticeStack() {
  return <Notifications position="top-right" />;
}
