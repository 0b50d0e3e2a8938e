import { createFileRoute, lazyRouteComponent } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { MockOnlyScreen } from '../../components/mock-only-screen';

// The token is the link's opaque id, never the code, an email or a name. The simulator is written
// out literally behind VITE_MOCK_API so the normal build drops it; the loader imports its queries
// lazily so neither they nor the portal contract weigh on the staff app's first screen.
export const Route = createFileRoute('/portal/register')({
  validateSearch: z.object({
    token: z.optional(z.string()),
    lang: z.optional(z.string().check(z.maxLength(20))),
  }),
  loaderDeps: ({ search }) => ({ token: search.token }),
  loader: async ({ context, deps }) => {
    if (import.meta.env.VITE_MOCK_API !== 'true' || !deps.token) return;
    const { portalQueries } = await import('../../features/portal-simulator/api/portal-queries');
    await context.queryClient.ensureQueryData(portalQueries.link(deps.token));
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
          () => import('../../features/portal-simulator/components/register-screen'),
          'RegisterScreen',
        )
      : MockOnlyScreen,
});
