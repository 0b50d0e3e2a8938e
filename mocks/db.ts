import type { StaffRole } from '../src/api/contract/session';
import { createSeed } from './seed';

export interface DbStaff {
  id: string;
  name: string;
  email: string;
  password: string;
  role: StaffRole;
}

export interface DbPatient {
  id: string;
  mrn: string;
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  sex: 'female' | 'male' | 'other' | 'unknown';
  email: string | null;
  phone: string | null;
  address: { line1: string; city: string; postalCode: string } | null;
  preferredLanguage: string;
  version: number;
  /** Records of one household: an address shared inside it is not a warning. */
  familyId: string | null;
  /** Patients who are this patient's parent or guardian. */
  guardianIds: string[];
}

export interface DbAccount {
  id: string;
  email: string;
  password: string;
  status: 'active' | 'disabled';
  createdAt: string;
  createdVia: 'online_booking' | 'access_link';
  records: { patientId: string; access: 'limited' | 'full'; linkedAt: string }[];
}

export interface DbCode {
  id: string;
  patientId: string;
  code: string;
  /** Opaque id the Medical Records Access Link carries; never the code itself. */
  linkToken: string;
  issuedAt: string;
  expiresAt: string;
  issuedByName: string;
  redeemedAt: string | null;
  revokedAt: string | null;
  revokedReason: string | null;
}

export interface DbDelivery {
  id: string;
  codeId: string;
  patientId: string;
  channel: 'email' | 'print';
  to: string | null;
  at: string;
  byName: string;
  status: 'sent' | 'delivered' | 'bounced' | 'printed';
}

export interface DbEmail {
  id: string;
  to: string;
  subject: string;
  body: string;
  buttonLabel: string | null;
  link: string | null;
  sentAt: string;
  patientId: string | null;
  deliveryId: string | null;
}

export interface DbAuditEvent {
  id: string;
  at: string;
  actorName: string;
  actorRole: StaffRole | null;
  patientId: string | null;
  action: string;
  details: string;
}

export interface DbCarePartner {
  name: string;
  email: string;
  phone: string | null;
  dateOfBirth: string | null;
  relationship:
    | 'spouse_partner'
    | 'parent'
    | 'adult_child'
    | 'other_family'
    | 'friend'
    | 'legal_guardian'
    | 'healthcare_poa';
}

export interface DbProxyRequest {
  id: string;
  patientId: string;
  carePartner: DbCarePartner;
  route: 'portal_form' | 'paper_form' | 'in_person' | 'phone';
  scope: string[];
  endsOn: string | null;
  legalDocument: string | null;
  receivedAt: string;
  status: 'pending' | 'approved' | 'denied' | 'more_info';
}

export interface DbProxyGrant {
  id: string;
  patientId: string;
  carePartner: DbCarePartner;
  scope: string[];
  since: string;
  until: string | null;
  status: 'invited' | 'active' | 'revoked';
}

export interface DbState {
  now: string;
  staff: DbStaff[];
  patients: DbPatient[];
  accounts: DbAccount[];
  codes: DbCode[];
  deliveries: DbDelivery[];
  emails: DbEmail[];
  audit: DbAuditEvent[];
  proxyRequests: DbProxyRequest[];
  proxyGrants: DbProxyGrant[];
  sessions: Record<string, string>;
  idempotency: Record<string, { status: number; body: unknown }>;
  nextId: number;
}

/** Fixed instant tests start from, so every run sees the same clinic. */
export const TEST_NOW = '2026-11-23T09:00:00.000Z';

let pristine: DbState | null = null;
let pristineNow: string | null = null;

/** The in-memory clinic. Handlers read and change it directly. */
export let db: DbState = seedFor(TEST_NOW);

function seedFor(now: string): DbState {
  if (!pristine || pristineNow !== now) {
    pristine = createSeed(now);
    pristineNow = now;
  }
  return structuredClone(pristine);
}

/** Back to the seed (the same data every run), optionally on a different clock. */
export function resetDb(now: string = TEST_NOW): void {
  db = seedFor(now);
}

export function replaceDb(state: DbState): void {
  db = state;
}

export function nextId(prefix: string): string {
  db.nextId += 1;
  return `${prefix}_${db.nextId.toString(36)}`;
}
