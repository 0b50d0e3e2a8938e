import { createFileRoute } from '@tanstack/react-router';
import { MockOnlyScreen } from '../../components/mock-only-screen';
import { OutboxScreen } from '../../features/outbox/components/outbox-screen';

// The Outbox exists only on the mock clinic; the normal build drops OutboxScreen entirely.
export const Route = createFileRoute('/_staff/outbox')({
  component: import.meta.env.VITE_MOCK_API === 'true' ? OutboxScreen : MockOnlyScreen,
});
