import { z } from 'zod';
import { isoDateTime, paginated } from './common';
import { staffRoleSchema } from './session';

export const auditEventSchema = z.object({
  id: z.string(),
  at: isoDateTime,
  actorName: z.string(),
  /** null when the patient (or a care partner) did it through the portal. */
  actorRole: staffRoleSchema.nullable(),
  patientId: z.string().nullable(),
  /** The record's name at the time it is read, so the log is readable without a lookup. */
  patientName: z.string().nullable(),
  action: z.string(),
  details: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = paginated(auditEventSchema);
