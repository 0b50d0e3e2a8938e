import { createFileRoute } from '@tanstack/react-router';
import { requestQuerySchema } from '../../../api/contract/shared-access-query';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { LoadingState } from '../../../components/query-states';
import { RequestsQueueScreen } from '../../../features/shared-access/components/requests-queue-screen';

// Status, route and page only: never a name in the URL. A bad value falls back to the default.
export const Route = createFileRoute('/_staff/shared-access/')({
  validateSearch: (search) => {
    const parsed = requestQuerySchema.safeParse(search);
    return parsed.success ? parsed.data : {};
  },
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) =>
    context.queryClient.ensureQueryData(sharedAccessQueries.list(deps)),
  pendingComponent: () => <LoadingState label="Loading shared-access requests…" />,
  component: RequestsQueueScreen,
});
