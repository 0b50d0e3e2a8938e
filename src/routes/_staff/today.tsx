import { createFileRoute } from '@tanstack/react-router';
import { LoadingState } from '../../components/query-states';
import { todayQueries } from '../../features/today/api/today-queries';
import { TodayScreen } from '../../features/today/components/today-screen';

// The landing page after sign-in: what needs doing, each item with its fix.
export const Route = createFileRoute('/_staff/today')({
  loader: ({ context }) => context.queryClient.ensureQueryData(todayQueries.summary()),
  pendingComponent: () => <LoadingState label="Loading Today…" />,
  component: TodayScreen,
});
