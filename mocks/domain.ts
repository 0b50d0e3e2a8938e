import type { AccessCode, Delivery } from '../src/api/contract/access-code';
import type {
  AccessCodeState,
  Patient,
  PatientSummary,
  PortalStatus,
} from '../src/api/contract/patient';
import type { PortalAccount } from '../src/api/contract/portal-account';
import { ageOn } from '../src/lib/dates';
import { db, type DbAccount, type DbCode, type DbPatient } from './db';

export function codeState(code: DbCode, now = db.now): AccessCodeState {
  if (code.revokedAt) return 'revoked';
  if (code.redeemedAt) return 'redeemed';
  if (new Date(now) >= new Date(code.expiresAt)) return 'expired';
  return 'active';
}

export function latestCode(patientId: string): DbCode | null {
  let latest: DbCode | null = null;
  for (const c of db.codes)
    if (c.patientId === patientId && (!latest || c.issuedAt >= latest.issuedAt)) latest = c;
  return latest;
}

export function activeCode(patientId: string): DbCode | null {
  const c = latestCode(patientId);
  return c && codeState(c) === 'active' ? c : null;
}

export function accountHolding(patientId: string): DbAccount | null {
  return (
    db.accounts.find(
      (a) => a.status === 'active' && a.records.some((r) => r.patientId === patientId),
    ) ?? null
  );
}

export function accountByEmail(email: string): DbAccount | null {
  const e = email.toLowerCase();
  return db.accounts.find((a) => a.status === 'active' && a.email.toLowerCase() === e) ?? null;
}

export function portalStatus(patientId: string): PortalStatus {
  const record = accountHolding(patientId)?.records.find((r) => r.patientId === patientId);
  return record ? record.access : 'none';
}

export function findPatient(id: string): DbPatient | undefined {
  return db.patients.find((p) => p.id === id);
}

export function patientName(p: Pick<DbPatient, 'firstName' | 'lastName'>): string {
  return `${p.firstName} ${p.lastName}`;
}

export function toPatientSummary(p: DbPatient): PatientSummary {
  const code = latestCode(p.id);
  return {
    id: p.id,
    mrn: p.mrn,
    firstName: p.firstName,
    lastName: p.lastName,
    dateOfBirth: p.dateOfBirth,
    email: p.email,
    phone: p.phone,
    portalStatus: portalStatus(p.id),
    accessCodeState: code ? codeState(code) : null,
  };
}

export function toPatient(p: DbPatient): Patient {
  return {
    ...toPatientSummary(p),
    sex: p.sex,
    address: p.address,
    preferredLanguage: p.preferredLanguage,
    portalAccountId: accountHolding(p.id)?.id ?? null,
    age: ageOn(p.dateOfBirth, db.now),
    version: p.version,
  };
}

export function toAccount(a: DbAccount): PortalAccount {
  return {
    id: a.id,
    email: a.email,
    status: a.status,
    createdAt: a.createdAt,
    createdVia: a.createdVia,
    records: a.records.map((r) => {
      const p = findPatient(r.patientId);
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

export function toAccessCode(c: DbCode): AccessCode {
  return {
    id: c.id,
    patientId: c.patientId,
    maskedCode: maskCode(c.code),
    state: codeState(c),
    issuedAt: c.issuedAt,
    expiresAt: c.expiresAt,
    issuedByName: c.issuedByName,
    redeemedAt: c.redeemedAt,
    revokedAt: c.revokedAt,
    revokedReason: c.revokedReason,
  };
}

export function deliveriesFor(patientId: string): Delivery[] {
  return db.deliveries
    .filter((d) => d.patientId === patientId)
    .sort((a, b) => (a.at < b.at ? 1 : -1))
    .map(({ patientId: _p, ...d }) => d);
}
