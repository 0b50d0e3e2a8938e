import * as z from 'zod/mini';
import { isoDateTime, paginated } from './common';
import { staffRoleSchema } from './session';

export const auditEventSchema = z.object({
  id: z.string(),
  at: isoDateTime,
  /**
   * Who did it: a staff member's id, or the portal account's id when the patient or a care
   * partner did it through the portal; null when no account is known (a failed sign-in).
   */
  actorId: z.nullable(z.string()),
  actorName: z.string(),
  /** null when the patient (or a care partner) did it through the portal. */
  actorRole: z.nullable(staffRoleSchema),
  patientId: z.nullable(z.string()),
  /** The record's name at the time it is read, so the log is readable without a lookup. */
  patientName: z.nullable(z.string()),
  /** The record's MRN, beside its opaque id, so an exported log can be matched to the EHR. */
  patientMrn: z.nullable(z.string()),
  action: z.string(),
  details: z.string(),
});
export type AuditEvent = z.infer<typeof auditEventSchema>;

export const auditPageSchema = paginated(auditEventSchema);

/**
 * The key of an audit action, as filters and URLs carry it: "Access link sent" ->
 * "access-link-sent". Derived from the wording so every service's events have one.
 */
export function auditActionKey(action: string): string {
  return action
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const idField = (field: string) =>
  z
    .string({ error: `${field} must be an id.` })
    .check(
      z.regex(/^[A-Za-z0-9_-]{1,64}$/, { error: `${field} must be an id: pick it from the list.` }),
    );

/**
 * The audit log's filters: ids, an action key and calendar dates only, never a name. Who is a
 * staff member's or a portal account's id; the dates are days on the clinic's calendar (its time
 * zone), as the log shows its times.
 */
export const auditLogFiltersSchema = z.object({
  actorId: z.optional(idField('Who')),
  patientId: z.optional(idField('Record')),
  action: z.optional(
    z.string({ error: 'Action must be an action key.' }).check(
      z.regex(/^[a-z0-9-]{1,80}$/, {
        error: 'Action must be an action key: pick it from the list.',
      }),
    ),
  ),
  from: z.optional(z.iso.date({ error: 'From must be a date like 2026-11-23.' })),
  to: z.optional(z.iso.date({ error: 'To must be a date like 2026-11-23.' })),
});
export type AuditLogFilters = z.infer<typeof auditLogFiltersSchema>;

export const auditLogPageSchema = z.extend(auditPageSchema, {
  /** Who can be picked in the "Who" filter: the staff, */
  staff: z.array(z.object({ id: z.string(), name: z.string(), role: staffRoleSchema })),
  /** and the portal accounts (a patient's own, or a care partner's) that appear in the log. */
  portalAccounts: z.array(
    z.object({ id: z.string(), email: z.string(), kind: z.enum(['patient', 'care_partner']) }),
  ),
  /** Every action the log holds, for the "Action" filter. */
  actions: z.array(z.object({ key: z.string(), label: z.string() })),
  /** The record the log is filtered to, so the page can name it without a name in the URL. */
  record: z.nullable(z.object({ id: z.string(), name: z.string() })),
});
export type AuditLogPage = z.infer<typeof auditLogPageSchema>;
