import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';
import { MockOnlyScreen } from '../../components/mock-only-screen';

export const Route = createFileRoute('/portal/care-partner')({
  component:
    import.meta.env.VITE_MOCK_API === 'true'
      ? lazyRouteComponent(
          () => import('../../features/portal-simulator/components/care-partner-login'),
          'CarePartnerLogin',
        )
      : MockOnlyScreen,
});
