import { createFileRoute } from '@tanstack/react-router';
import { z } from 'zod';
import { auditLogFiltersSchema } from '../../api/contract/audit';
import { activityQueries } from '../../features/activity/api/activity-queries';
import { AuditLogScreen } from '../../features/activity/components/audit-log-screen';
import { can } from '../../lib/permissions';

const f = auditLogFiltersSchema.shape;

// Ids, an action key, dates and the page only: never a name. A value that does not parse (a
// hand-edited address) is dropped rather than breaking the screen.
const auditSearchSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
  actorId: f.actorId.catch(undefined),
  patientId: f.patientId.catch(undefined),
  action: f.action.catch(undefined),
  from: f.from.catch(undefined),
  to: f.to.catch(undefined),
});

export const Route = createFileRoute('/_staff/audit')({
  validateSearch: auditSearchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) =>
    can(context.user.role, 'audit.readAll')
      ? context.queryClient.ensureQueryData(activityQueries.log(deps))
      : null,
  component: AuditLogScreen,
});
