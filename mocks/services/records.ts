import type { AccessCode, Delivery, Revocation } from '../../src/api/contract/access-code';
import type {
  AccessCodeState,
  EmailProblem,
  Patient,
  PatientSummary,
  PortalStatus,
} from '../../src/api/contract/patient';
import type { PortalAccount } from '../../src/api/contract/portal-account';
import { ageOn } from '../../src/lib/dates';
import { sameEmail } from '../../src/lib/email-domain';
import type { DbAccount, DbCode, DbPatient } from '../db';
import type { Store } from './context';

// Read-only lookups over the store and its projections into contract types. No rule lives here.

export function codeState(code: DbCode, now: string): AccessCodeState {
  if (code.revokedAt) return 'revoked';
  if (code.redeemedAt) return 'redeemed';
  if (code.lockedAt) return 'locked';
  if (new Date(now) >= new Date(code.expiresAt)) return 'expired';
  return 'active';
}

export function latestCode(store: Store, patientId: string): DbCode | null {
  let latest: DbCode | null = null;
  for (const c of store.codes)
    if (c.patientId === patientId && (!latest || c.issuedAt >= latest.issuedAt)) latest = c;
  return latest;
}

export function activeCode(store: Store, patientId: string, now: string): DbCode | null {
  const c = latestCode(store, patientId);
  return c && codeState(c, now) === 'active' ? c : null;
}

export function accountHolding(store: Store, patientId: string): DbAccount | null {
  return (
    store.accounts.find(
      (a) => a.status === 'active' && a.records.some((r) => r.patientId === patientId),
    ) ?? null
  );
}

export function accountByEmail(store: Store, email: string): DbAccount | null {
  const e = email.toLowerCase();
  return store.accounts.find((a) => a.status === 'active' && a.email.toLowerCase() === e) ?? null;
}

export function portalStatus(store: Store, patientId: string): PortalStatus {
  const record = accountHolding(store, patientId)?.records.find((r) => r.patientId === patientId);
  return record ? record.access : 'none';
}

export function findPatient(store: Store, id: string): DbPatient | undefined {
  return store.patients.find((p) => p.id === id);
}

export function patientName(p: Pick<DbPatient, 'firstName' | 'lastName'>): string {
  return `${p.firstName} ${p.lastName}`;
}

function newest<T extends { at: string }>(rows: T[]): T | null {
  let latest: T | null = null;
  for (const r of rows) if (!latest || r.at >= latest.at) latest = r;
  return latest;
}

/** The newest revoke of this record because a link sent to `email` reached the wrong person. */
export function wrongPersonProblem(
  store: Store,
  patientId: string,
  email: string | null,
): EmailProblem | null {
  if (email === null) return null;
  const revoked = newest(
    store.revocations.filter(
      (r) => r.patientId === patientId && r.wrongAddress && sameEmail(r.email, email),
    ),
  );
  return revoked ? { kind: 'wrong_person', email, at: revoked.at, byName: revoked.byName } : null;
}

/**
 * What is known against the email on file: a revoke because a link sent to it reached the wrong
 * person (until the email changes), else a bounce of the newest email sent to the record.
 */
export function emailProblemOf(store: Store, p: DbPatient): EmailProblem | null {
  if (p.email === null) return null;
  const revoked = wrongPersonProblem(store, p.id, p.email);
  if (revoked) return revoked;
  const last = newest(
    store.deliveries.filter((d) => d.patientId === p.id && d.channel === 'email'),
  );
  if (last?.status === 'bounced' && sameEmail(last.to, p.email)) {
    return { kind: 'bounced', email: p.email, at: last.at, byName: last.byName };
  }
  return null;
}

export function toPatientSummary(store: Store, p: DbPatient): PatientSummary {
  const code = latestCode(store, p.id);
  return {
    id: p.id,
    mrn: p.mrn,
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    email: p.email,
    phone: p.phone,
    portalStatus: portalStatus(store, p.id),
    accessCodeState: code ? codeState(code, store.now) : null,
    emailProblem: emailProblemOf(store, p),
    preferredLanguage: p.preferredLanguage,
  };
}

export function toPatient(store: Store, p: DbPatient): Patient {
  return {
    ...toPatientSummary(store, p),
    sex: p.sex,
    address: p.address,
    portalAccountId: accountHolding(store, p.id)?.id ?? null,
    age: ageOn(p.dateOfBirth, store.now),
    version: p.version,
  };
}

export function toAccount(store: Store, a: DbAccount): PortalAccount {
  return {
    id: a.id,
    email: a.email,
    status: a.status,
    createdAt: a.createdAt,
    createdVia: a.createdVia,
    records: a.records.map((r) => {
      const p = findPatient(store, r.patientId);
      return {
        patientId: r.patientId,
        name: p ? patientName(p) : 'Unknown record',
        access: r.access,
        linkedAt: r.linkedAt,
      };
    }),
  };
}

export function maskCode(code: string): string {
  return `••••••${code.slice(-2)}`;
}

export function toAccessCode(c: DbCode, now: string): AccessCode {
  return {
    id: c.id,
    patientId: c.patientId,
    maskedCode: maskCode(c.code),
    state: codeState(c, now),
    issuedAt: c.issuedAt,
    expiresAt: c.expiresAt,
    issuedByName: c.issuedByName,
    redeemedAt: c.redeemedAt,
    revokedAt: c.revokedAt,
    revokedReason: c.revokedReason,
    lockedAt: c.lockedAt,
  };
}

export function deliveriesFor(store: Store, patientId: string): Delivery[] {
  return store.deliveries
    .filter((d) => d.patientId === patientId)
    .sort((a, b) => (a.at < b.at ? 1 : -1))
    .map(({ patientId: _p, ...d }) => d);
}

export function revocationsFor(store: Store, patientId: string): Revocation[] {
  return store.revocations
    .filter((r) => r.patientId === patientId)
    .sort((a, b) => (a.at < b.at ? 1 : -1))
    .map(({ patientId: _p, ...r }) => r);
}
