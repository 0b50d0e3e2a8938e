import { createFileRoute } from '@tanstack/react-router';
import { orNotFound } from '../../../../lib/not-found';
import { activityQueries } from '../../../../features/activity/api/activity-queries';
import { ActivityTab } from '../../../../features/activity/components/activity-tab';

export const Route = createFileRoute('/_staff/patients/$patientId/activity')({
  loader: ({ context, params }) =>
    orNotFound(params.patientId, () =>
      context.queryClient.ensureQueryData(activityQueries.forPatient(params.patientId)),
    ),
  component: ActivityTab,
});
