import { createFileRoute } from '@tanstack/react-router';
import { PatientSearchScreen } from '../../../features/patients/components/patient-search-screen';

// No search params: the search text is patient data and travels in history state, not the URL.
export const Route = createFileRoute('/_staff/patients/')({
  component: PatientSearchScreen,
});
