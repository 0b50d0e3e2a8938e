import { createFileRoute } from '@tanstack/react-router';
import { MockOnlyScreen } from '../../components/mock-only-screen';
import { PortalLayout } from '../../features/portal-simulator/components/portal-layout';

// The patient-portal simulator exists only on the mock clinic; the normal build drops it entirely.
// Outside the staff sign-in: the patient is not staff.
export const Route = createFileRoute('/portal')({
  component: import.meta.env.VITE_MOCK_API === 'true' ? PortalLayout : MockOnlyScreen,
});
