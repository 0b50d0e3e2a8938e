import { createFileRoute } from '@tanstack/react-router';
import { MockOnlyScreen } from '../../components/mock-only-screen';
import { CarePartnerLogin } from '../../features/portal-simulator/components/care-partner-login';

export const Route = createFileRoute('/portal/care-partner')({
  component: import.meta.env.VITE_MOCK_API === 'true' ? CarePartnerLogin : MockOnlyScreen,
});
