import { createFileRoute } from '@tanstack/react-router';
import { patientSearchSchema } from '../../../api/contract/patient';
import { patientQueries } from '../../../features/patients/api/patient-queries';
import { PatientSearchScreen } from '../../../features/patients/components/patient-search-screen';

export const Route = createFileRoute('/_staff/patients/')({
  validateSearch: patientSearchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) =>
    deps.q ? context.queryClient.ensureQueryData(patientQueries.list(deps)) : null,
  component: PatientSearchScreen,
});
