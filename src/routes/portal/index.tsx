import { createFileRoute } from '@tanstack/react-router';
import { MockOnlyScreen } from '../../components/mock-only-screen';
import { PortalHome } from '../../features/portal-simulator/components/portal-home';

export const Route = createFileRoute('/portal/')({
  component: import.meta.env.VITE_MOCK_API === 'true' ? PortalHome : MockOnlyScreen,
});
