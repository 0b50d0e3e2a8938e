import { createFileRoute } from '@tanstack/react-router';
import { sharedAccessQueries } from '../../../../api/shared-access-queries';
import { LoadingState } from '../../../../components/query-states';
import { SharedAccessTab } from '../../../../features/shared-access/components/shared-access-tab';

export const Route = createFileRoute('/_staff/patients/$patientId/shared-access')({
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(sharedAccessQueries.patient(params.patientId)),
  pendingComponent: () => <LoadingState label="Loading shared access…" />,
  component: SharedAccessTab,
});
