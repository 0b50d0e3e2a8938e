import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { MockOnlyScreen } from '../../components/mock-only-screen';

// The token is the invitation's opaque id, never a name or an email.
export const Route = createFileRoute('/portal/invitation')({
  validateSearch: z.object({
    token: z.optional(z.string().check(z.maxLength(200))),
    lang: z.optional(z.string().check(z.maxLength(20))),
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
