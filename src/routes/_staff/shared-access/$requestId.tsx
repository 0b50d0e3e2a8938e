import { createFileRoute } from '@tanstack/react-router';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { LoadingState } from '../../../components/query-states';
import { ReviewScreen } from '../../../features/shared-access/components/review-screen';

export const Route = createFileRoute('/_staff/shared-access/$requestId')({
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(sharedAccessQueries.request(params.requestId)),
  pendingComponent: () => <LoadingState label="Loading the request…" />,
  component: ReviewScreen,
});
