import { createFileRoute } from '@tanstack/react-router';
import { orNotFound } from '../../../lib/not-found';
import { patientQueries } from '../../../features/patients/api/patient-queries';
import { PatientNotFound } from '../../../features/patients/components/patient-not-found';
import { PatientWorkspace } from '../../../features/patients/components/patient-workspace';

export const Route = createFileRoute('/_staff/patients/$patientId')({
  loader: ({ context, params }) =>
    orNotFound(params.patientId, () =>
      context.queryClient.ensureQueryData(patientQueries.detail(params.patientId)),
    ),
  component: PatientWorkspace,
  notFoundComponent: PatientNotFound,
});
