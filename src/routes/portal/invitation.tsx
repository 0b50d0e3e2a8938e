import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';
import { z } from 'zod';
import { MockOnlyScreen } from '../../components/mock-only-screen';

// The token is the invitation's opaque id, never a name or an email.
export const Route = createFileRoute('/portal/invitation')({
  validateSearch: z.object({
    token: z.string().max(200).optional(),
    lang: z.string().max(20).optional(),
  }),
  loaderDeps: ({ search }) => ({ token: search.token }),
  loader: async ({ context, deps }) => {
    if (import.meta.env.VITE_MOCK_API !== 'true') return;
    const { invitationQueries } =
      await import('../../features/portal-simulator/api/invitation-queries');
    await context.queryClient.ensureQueryData(invitationQueries.invitation(deps.token ?? ''));
  },
  errorComponent:
    import.meta.env.VITE_MOCK_API === 'true'
      ? lazyRouteComponent(
          () => import('../../features/portal-simulator/components/portal-error-screen'),
          'PortalErrorScreen',
        )
      : MockOnlyScreen,
  component:
    import.meta.env.VITE_MOCK_API === 'true'
      ? lazyRouteComponent(
          () => import('../../features/portal-simulator/components/invitation-screen'),
          'InvitationScreen',
        )
      : MockOnlyScreen,
});
