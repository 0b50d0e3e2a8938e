import * as zm from 'zod/mini';
import { auditLogFiltersSchema } from './audit';
import { pageQuerySchema } from './common';
import type { Endpoint } from './endpoint';
import { fhirAuditEventPageSchema, fhirBundleSchema } from './fhir';

/** Interoperability: the access picture and the audit log as FHIR R4 (docs/fhir.md). */
export const FHIR_ENDPOINTS = {
  patientFhir: {
    method: 'GET',
    path: '/patients/:id/fhir',
    summary:
      "A record's access picture as a FHIR R4 Bundle (collection): Patient, a RelatedPerson and a Consent per care partner (rejected for a denied request), a Person per portal account, an AuditEvent per event on the record. An export of patient data: clinic managers, audited.",
    auth: 'staff',
    changes: false,
    audited: true,
    response: fhirBundleSchema,
  },
  auditLogFhir: {
    method: 'GET',
    path: '/audit/fhir',
    summary:
      'The audit log as FHIR R4 AuditEvents (IHE BALP), with the filters and paging of /audit (clinic managers): the app writes one per line as NDJSON.',
    auth: 'staff',
    changes: false,
    query: zm.extend(pageQuerySchema, auditLogFiltersSchema.shape),
    response: fhirAuditEventPageSchema,
  },
} as const satisfies Record<string, Endpoint>;
