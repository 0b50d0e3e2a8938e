import { ACCESS_CODE_ENDPOINTS } from './access-code-endpoints';
import { AUDIT_ENDPOINTS } from './audit-endpoints';
import { CONTACT_ENDPOINTS } from './contact-endpoints';
import { FAMILY_LINKING_ENDPOINTS } from './family-linking-endpoints';
import { FHIR_ENDPOINTS } from './fhir-endpoints';
import { INVITATION_ENDPOINTS } from './invitation-endpoints';
import { LANGUAGE_ENDPOINTS } from './language-endpoints';
import { OUTBOX_ENDPOINTS } from './outbox-endpoints';
import { PATIENT_ENDPOINTS } from './patient-endpoints';
import { PORTAL_ENDPOINTS } from './portal-endpoints';
import { SESSION_ENDPOINTS } from './session-endpoints';
import { SHARED_ACCESS_ENDPOINTS } from './shared-access-endpoints';
import { SIGN_IN_ENDPOINTS } from './sign-in-endpoints';
import { TODAY_COUNT_ENDPOINTS } from './today-count-endpoints';
import { TODAY_ENDPOINTS } from './today-endpoints';

export type { Endpoint } from './endpoint';
export { pageQuerySchema } from './common';

/**
 * Every endpoint of the API in one list: the mock serves exactly these, the OpenAPI document is
 * generated from them, and the conformance suite walks them. Each resource keeps its entries in
 * its own `*-endpoints.ts`: the app imports those, never this list, so a screen loads only the
 * endpoints it calls (docs/architecture.md).
 */
export const ENDPOINTS = {
  ...SIGN_IN_ENDPOINTS,
  ...SESSION_ENDPOINTS,
  ...PATIENT_ENDPOINTS,
  ...CONTACT_ENDPOINTS,
  ...LANGUAGE_ENDPOINTS,
  ...ACCESS_CODE_ENDPOINTS,
  ...AUDIT_ENDPOINTS,
  ...PORTAL_ENDPOINTS,
  ...FAMILY_LINKING_ENDPOINTS,
  ...OUTBOX_ENDPOINTS,
  ...SHARED_ACCESS_ENDPOINTS,
  ...INVITATION_ENDPOINTS,
  ...TODAY_COUNT_ENDPOINTS,
  ...TODAY_ENDPOINTS,
  ...FHIR_ENDPOINTS,
} as const;

export type EndpointId = keyof typeof ENDPOINTS;
