import type { StaffRole } from '../src/api/contract/session';
import type { ScopeCategory } from '../src/api/contract/shared-access';

/* The shape of the in-memory clinic (mocks/db.ts), apart from it so the seed files can build one. */

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
  /** A language code ("es"): texts go out in it when there is a catalogue for it. */
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
  /** Never the password: its salted hash (services/passwords). */
  passwordHash: string;
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
  /** Locked after too many wrong codes were typed on its link (services/tries): it never opens. */
  lockedAt: string | null;
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
  /** The language the email or letter was in ("es"). */
  language: string;
}

/** One Revoke Access of a record, kept for the tab's history and the wrong-address guard. */
export interface DbRevocation {
  id: string;
  patientId: string;
  at: string;
  byName: string;
  reason: string;
  /** The reason said the link reached the wrong person: `email` must not be used again. */
  wrongAddress: boolean;
  /** The email on file when access was revoked. */
  email: string | null;
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
  /** The language the email is in ("es"). */
  language: string;
}

export interface DbAuditEvent {
  id: string;
  at: string;
  /** The staff member's id; null for the patient or a care partner on the portal. */
  actorId: string | null;
  actorName: string;
  actorRole: StaffRole | null;
  patientId: string | null;
  action: string;
  details: string;
}

export interface DbCarePartner {
  name: string;
  /** A language code ("es") for the invitation and portal pages; English when not set. */
  preferredLanguage?: string;
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

export interface DbLegalDocument {
  type: 'guardianship' | 'power_of_attorney';
  signedOn: string;
  expiresOn: string | null;
  fileName: string;
}

export interface DbProxyDecision {
  kind: 'approve' | 'deny' | 'needs_information';
  byName: string;
  at: string;
  note: string | null;
  identityMethod: string | null;
  consentMethod: string | null;
  /** The warnings shown when the decision was made, in plain words. */
  warnings: string[];
}

export interface DbProxyRequest {
  id: string;
  patientId: string;
  carePartner: DbCarePartner;
  route: 'portal_form' | 'paper_form' | 'in_person' | 'phone';
  scope: ScopeCategory[];
  endsOn: string | null;
  legalDocument: DbLegalDocument | null;
  /** A request taken by phone: who took the call and how the patient's consent was heard. */
  phoneIntake: { takenBy: string; consentHeard: string } | null;
  receivedAt: string;
  status: 'new' | 'needs_information' | 'approved_invited' | 'active' | 'denied' | 'withdrawn';
  /** Bumped by every decision: a decision made on an older version is refused (409). */
  version: number;
  decisions: DbProxyDecision[];
  grantId: string | null;
}

export interface DbProxyInvitation {
  token: string;
  sentTo: string;
  sentAt: string;
  expiresAt: string;
  wrongDobTries: number;
  dobConfirmedAt: string | null;
  voidedAt: string | null;
  acceptedAt: string | null;
}

export interface DbProxyGrant {
  id: string;
  patientId: string;
  carePartner: DbCarePartner;
  scope: ScopeCategory[];
  since: string;
  until: string | null;
  status: 'invited' | 'active' | 'revoked';
  grantedByName: string;
  legalDocument: DbLegalDocument | null;
  requestId: string | null;
  /** The care partner's own portal account, once they accepted. */
  accountId: string | null;
  invitation: DbProxyInvitation | null;
  revokedAt: string | null;
  revokedReason: string | null;
  /** Bumped by every change staff or the care partner make to the grant. */
  version: number;
}

export interface DbLinkingItem {
  /** Its own id: a record revoked and added again has two items, each addressed by its id. */
  id: string;
  patientId: string;
  addedAt: string;
  /** Already in the account when added: shown as done, never sent. */
  alreadyLinked: boolean;
  reason: string | null;
  override: {
    type: 'guardianship' | 'healthcare_poa';
    documentDate: string;
    expiresOn: string | null;
  } | null;
  /** The access code this request sent for the record. */
  codeId: string | null;
  revokedAt: string | null;
}

/** A family linking request: the flow's state, so anyone can pick it up where it stopped. */
export interface DbLinkingRequest {
  id: string;
  createdAt: string;
  createdByName: string;
  holderPatientId: string;
  accountId: string;
  status: 'open' | 'completed';
  items: DbLinkingItem[];
  emailsReviewedAt: string | null;
  completedAt: string | null;
}

/** A staff session, keyed by its token. Times are wall-clock milliseconds, not the clinic clock. */
export interface DbSession {
  staffId: string;
  createdAt: number;
  lastSeenAt: number;
}

/**
 * Failures in a row for one account, link or invitation (services/tries), keyed by what they were
 * counted against. Times are wall-clock milliseconds, as for sessions: a wait is real seconds.
 */
export interface DbTries {
  failures: number;
  lastFailureAt: number;
  /** No try is checked before this instant (0: none has to wait). */
  waitUntil: number;
}

export interface DbState {
  now: string;
  staff: DbStaff[];
  patients: DbPatient[];
  accounts: DbAccount[];
  codes: DbCode[];
  deliveries: DbDelivery[];
  revocations: DbRevocation[];
  emails: DbEmail[];
  audit: DbAuditEvent[];
  proxyRequests: DbProxyRequest[];
  proxyGrants: DbProxyGrant[];
  linkingRequests: DbLinkingRequest[];
  sessions: Record<string, DbSession>;
  tries: Record<string, DbTries>;
  nextId: number;
}
