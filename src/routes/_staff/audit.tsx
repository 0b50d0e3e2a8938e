import { createFileRoute } from '@tanstack/react-router';
import * as z from 'zod/mini';
import { auditLogFiltersSchema } from '../../api/contract/audit';
import { activityQueries } from '../../features/activity/api/activity-queries';
import { AuditLogScreen } from '../../features/activity/components/audit-log-screen';
import { can } from '../../lib/permissions';

const f = auditLogFiltersSchema.shape;

// Ids, an action key, dates and the page only: never a name. A value that does not parse (a
// hand-edited address) is dropped rather than breaking the screen.
const auditSearchSchema = z.object({
  page: z.catch(
    z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(10_000))),
    undefined,
  ),
  actorId: z.catch(f.actorId, undefined),
  patientId: z.catch(f.patientId, undefined),
  action: z.catch(f.action, undefined),
  from: z.catch(f.from, undefined),
  to: z.catch(f.to, undefined),
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
