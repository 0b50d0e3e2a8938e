import { createFileRoute } from '@tanstack/react-router';
import { LoadingState } from '../../../components/query-states';
import { familyLinkingQueries } from '../../../features/family-linking/api/family-linking-queries';
import { OpenRequestsScreen } from '../../../features/family-linking/components/open-requests-screen';

export const Route = createFileRoute('/_staff/family-linking/')({
  loader: ({ context }) => context.queryClient.ensureQueryData(familyLinkingQueries.list()),
  pendingComponent: () => <LoadingState label="Loading linking requests…" />,
  component: OpenRequestsScreen,
});
