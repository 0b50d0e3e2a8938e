import { createFileRoute } from '@tanstack/react-router';
import { patientQueries } from '../../../../features/patients/api/patient-queries';
import { OverviewTab } from '../../../../features/patients/components/overview-tab';

export const Route = createFileRoute('/_staff/patients/$patientId/')({
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(patientQueries.portalAccount(params.patientId)),
  component: OverviewTab,
});
