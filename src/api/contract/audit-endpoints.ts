import * as zm from 'zod/mini';
import { auditLogFiltersSchema, auditLogPageSchema, auditPageSchema } from './audit';
import { pageQuerySchema } from './common';
import type { Endpoint } from './endpoint';

/** A record's activity and the whole audit log. */
export const AUDIT_ENDPOINTS = {
  patientActivity: {
    method: 'GET',
    path: '/patients/:id/activity',
    summary: "A record's audit events, newest first",
    auth: 'staff',
    changes: false,
    query: pageQuerySchema,
    response: auditPageSchema,
  },
  auditLog: {
    method: 'GET',
    path: '/audit',
    summary:
      'The whole audit log (clinic managers), newest first, filtered by who (staff or portal account), record, action and days on the clinic’s calendar. Append-only: there is no endpoint that edits or deletes an event.',
    auth: 'staff',
    changes: false,
    query: zm.extend(pageQuerySchema, auditLogFiltersSchema.shape),
    response: auditLogPageSchema,
  },
} as const satisfies Record<string, Endpoint>;
