import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';
import { MockOnlyScreen } from '../../components/mock-only-screen';

// The patient-portal simulator exists only on the mock clinic. Each screen is a dynamic import
// behind VITE_MOCK_API, so the normal build drops it whatever code runs when a screen loads.
// Outside the staff sign-in: the patient is not staff.
export const Route = createFileRoute('/portal')({
  component:
    import.meta.env.VITE_MOCK_API === 'true'
      ? lazyRouteComponent(
          () => import('../../features/portal-simulator/components/portal-layout'),
          'PortalLayout',
        )
      : MockOnlyScreen,
});
