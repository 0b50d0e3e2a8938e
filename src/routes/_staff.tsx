import { createFileRoute, redirect } from '@tanstack/react-router';
import { sessionQueries } from '../api/session';
import { ApiError } from '../api/errors';
import { StaffLayout } from '../components/staff-layout';

export const Route = createFileRoute('/_staff')({
  beforeLoad: async ({ context, location }) => {
    try {
      const { user } = await context.queryClient.ensureQueryData(sessionQueries.current());
      return { user };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) {
        throw redirect({ to: '/sign-in', search: { redirect: location.href } });
      }
      throw error;
    }
  },
  component: StaffLayout,
});
