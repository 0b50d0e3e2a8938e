import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { activityQueries } from '../../features/activity/api/activity-queries';
import { AuditLogScreen } from '../../features/activity/components/audit-log-screen';
import { can } from '../../lib/permissions';

export const Route = createFileRoute('/_staff/audit')({
  validateSearch: z.object({ page: z.coerce.number().int().min(1).optional() }),
  loaderDeps: ({ search }) => ({ page: search.page ?? 1 }),
  loader: ({ context, deps }) =>
    can(context.user.role, 'audit.readAll')
      ? context.queryClient.ensureQueryData(activityQueries.all(deps.page))
      : null,
  component: AuditLogScreen,
});
