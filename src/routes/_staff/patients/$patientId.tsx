import { createFileRoute } from '@tanstack/react-router';
import { patientQueries } from '../../../features/patients/api/patient-queries';
import { PatientWorkspace } from '../../../features/patients/components/patient-workspace';

export const Route = createFileRoute('/_staff/patients/$patientId')({
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(patientQueries.detail(params.patientId)),
  component: PatientWorkspace,
});
