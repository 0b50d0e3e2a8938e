import type { CodeSystem, Coding } from '@medplum/fhirtypes';
import { SCOPE_CATEGORIES, SCOPE_LABELS } from '../../src/api/contract/shared-access';
import type { ScopeCategory } from '../../src/api/contract/shared-access';
import type { DbCarePartner } from '../db-types';

/*
 * The code systems and identifiers the FHIR export uses (docs/fhir.md). Our own canonical URLs
 * live under one base and never change: a backend that stores these resources keeps them as they
 * are, so a Consent written today still means the same in ten years.
 */
export const FHIR_BASE = 'https://access-desk.example/fhir';
export const SCOPE_SYSTEM = `${FHIR_BASE}/CodeSystem/access-desk-scope`;
export const AUDIT_ACTION_SYSTEM = `${FHIR_BASE}/CodeSystem/access-desk-audit-action`;
export const SHARED_ACCESS_POLICY = `${FHIR_BASE}/policy/shared-access`;
export const MRN_SYSTEM = `${FHIR_BASE}/sid/mrn`;
export const STAFF_SYSTEM = `${FHIR_BASE}/sid/staff`;
export const PORTAL_ACCOUNT_SYSTEM = `${FHIR_BASE}/sid/portal-account`;
export const VERIFIED_BY_EXTENSION = `${FHIR_BASE}/StructureDefinition/verified-by`;
export const VERIFICATION_METHOD_EXTENSION = `${FHIR_BASE}/StructureDefinition/verification-method`;

const SCOPE_DEFINITIONS: Record<ScopeCategory, string> = {
  appointments: 'See, book, change and cancel the patient’s appointments.',
  visit_notes: 'Read visit notes and after-visit summaries.',
  test_results: 'See test results.',
  medications: 'See the medication list and ask for refills.',
  messaging: 'Send and read messages with the care team on the patient’s behalf.',
  billing: 'See statements and pay bills.',
  documents: 'See, sign and send documents and forms.',
};

/** Our scope categories as a published CodeSystem (docs/fhir/CodeSystem-access-desk-scope.json). */
export const SCOPE_CODE_SYSTEM: CodeSystem = {
  resourceType: 'CodeSystem',
  id: 'access-desk-scope',
  url: SCOPE_SYSTEM,
  version: '1.0.0',
  name: 'AccessDeskScope',
  title: 'Access Desk shared-access scope categories',
  status: 'active',
  experimental: false,
  publisher: 'Access Desk',
  description:
    'The parts of a patient’s portal record a care partner may be given through shared (proxy) access. One code per category; a Consent lists one provision.code per category granted.',
  caseSensitive: true,
  content: 'complete',
  count: SCOPE_CATEGORIES.length,
  concept: SCOPE_CATEGORIES.map((code) => ({
    code,
    display: SCOPE_LABELS[code],
    definition: SCOPE_DEFINITIONS[code],
  })),
};

export const scopeCoding = (code: ScopeCategory): Coding => ({
  system: SCOPE_SYSTEM,
  code,
  display: SCOPE_LABELS[code],
});

const ROLE_CODE = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';

/** A care partner's relationship, in the RelatedPerson relationship value set (v3 RoleCode). */
export const RELATIONSHIP_CODES: Record<DbCarePartner['relationship'], Coding> = {
  spouse_partner: { system: ROLE_CODE, code: 'SIGOTHR', display: 'significant other' },
  parent: { system: ROLE_CODE, code: 'PRN', display: 'parent' },
  adult_child: { system: ROLE_CODE, code: 'CHILD', display: 'child' },
  other_family: { system: ROLE_CODE, code: 'FAMMEMB', display: 'family member' },
  friend: { system: ROLE_CODE, code: 'FRND', display: 'unrelated friend' },
  legal_guardian: { system: ROLE_CODE, code: 'GUARD', display: 'guardian' },
  healthcare_poa: { system: ROLE_CODE, code: 'POWATT', display: 'power of attorney' },
};

/** The languages the catalogues speak, as BCP-47 tags (Patient.communication). */
export const LANGUAGE_TAGS: Record<string, string> = {
  English: 'en',
  Spanish: 'es',
  Vietnamese: 'vi',
};

/**
 * FHIR ids allow letters, digits, '-' and '.': ours use '_' ("pat_x7"), and never '-', so the
 * mapping is one to one and reads back.
 */
export const fhirId = (id: string): string => id.replace(/_/g, '-');
export const ourId = (id: string): string => id.replace(/-/g, '_');
