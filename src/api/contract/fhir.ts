import { z } from 'zod';
import { isoDateTime, paginated } from './common';

// FHIR R4 resources as the API returns them. The contract checks the envelope (resource type and
// id); the resources themselves follow the FHIR R4 specification and are validated against it
// (docs/fhir.md, mocks/services/fhir.test.ts).

/** A FHIR id: letters, digits, '-' and '.', at most 64. */
const fhirId = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);

export const FHIR_EXPORT_TYPES = [
  'Patient',
  'RelatedPerson',
  'Consent',
  'Person',
  'AuditEvent',
] as const;

export const fhirAuditEventSchema = z.looseObject({
  resourceType: z.literal('AuditEvent'),
  id: fhirId,
  recorded: isoDateTime,
});

/** A record's access picture: a FHIR R4 Bundle of type collection. */
export const fhirBundleSchema = z.looseObject({
  resourceType: z.literal('Bundle'),
  type: z.literal('collection'),
  timestamp: isoDateTime,
  entry: z.array(
    z.looseObject({
      fullUrl: z.url(),
      resource: z.looseObject({ resourceType: z.enum(FHIR_EXPORT_TYPES), id: fhirId }),
    }),
  ),
});
export type FhirBundle = z.infer<typeof fhirBundleSchema>;

/** A page of the audit log as FHIR AuditEvents; the app writes them out one per line (NDJSON). */
export const fhirAuditEventPageSchema = paginated(fhirAuditEventSchema);
