import { createFileRoute } from '@tanstack/react-router';
import { LoadingState } from '../../../components/query-states';
import { familyLinkingQueries } from '../../../features/family-linking/api/family-linking-queries';
import { LinkingRequestScreen } from '../../../features/family-linking/components/linking-request-screen';

export const Route = createFileRoute('/_staff/family-linking/$requestId')({
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(familyLinkingQueries.detail(params.requestId)),
  pendingComponent: () => <LoadingState label="Loading the linking request…" />,
  component: LinkingRequestScreen,
});
