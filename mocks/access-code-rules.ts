import {
  ACCESS_CODE_ALPHABET,
  ACCESS_CODE_LENGTH,
  ACCESS_CODE_VALID_DAYS,
  type AccessStatus,
  type EmailCheck,
} from '../src/api/contract/access-code';
import { addDays, ageOn } from '../src/lib/dates';
import { formatDate } from '../src/lib/format';
import { db, nextId, type DbCode, type DbDelivery, type DbPatient, type DbStaff } from './db';
import {
  accountHolding,
  deliveriesFor,
  findPatient,
  latestCode,
  patientName,
  toAccessCode,
  toAccount,
  toPatient,
} from './domain';
import { problem } from './http';

function randomFrom(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

/** A new code replaces any active one: the old link stops working at once. */
export function issueCode(patient: DbPatient, staff: DbStaff, replacing: DbCode | null): DbCode {
  if (replacing) {
    replacing.revokedAt = db.now;
    replacing.revokedReason = 'replaced';
  }
  const code: DbCode = {
    id: nextId('code'),
    patientId: patient.id,
    code: randomFrom(ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH),
    // Opaque and unrelated to the code, so the link never shows the code itself.
    linkToken: `lnk${randomFrom('abcdefghijkmnpqrstuvwxyz23456789', 20)}`,
    issuedAt: db.now,
    expiresAt: addDays(db.now, ACCESS_CODE_VALID_DAYS),
    issuedByName: staff.name,
    redeemedAt: null,
    revokedAt: null,
    revokedReason: null,
  };
  db.codes.push(code);
  return code;
}

export function accessStatus(patient: DbPatient): AccessStatus {
  const account = accountHolding(patient.id);
  const code = latestCode(patient.id);
  return {
    asOf: db.now,
    patient: toPatient(patient),
    account: account ? toAccount(account) : null,
    code: code ? toAccessCode(code) : null,
    deliveries: deliveriesFor(patient.id),
  };
}

const MAX_OTHERS = 5;

/** Who else has this address on file, and whether it is a teenager's parent's address. */
export function checkEmail(patient: DbPatient, email: string): EmailCheck {
  const e = email.trim().toLowerCase();
  const sameFamily = (p: DbPatient) => patient.familyId !== null && p.familyId === patient.familyId;
  const onFileFor = db.patients
    .filter((p) => p.id !== patient.id && !sameFamily(p) && p.email?.toLowerCase() === e)
    .slice(0, MAX_OTHERS)
    .map((p) => ({ patientId: p.id, name: patientName(p) }));

  let guardianName: string | null = null;
  const age = ageOn(patient.dateOfBirth, db.now);
  if (age >= 12 && age <= 17) {
    const guardians = patient.guardianIds
      .map(findPatient)
      .filter((p): p is DbPatient => Boolean(p));
    const familyAdults = db.patients.filter(
      (p) => p.id !== patient.id && sameFamily(p) && ageOn(p.dateOfBirth, db.now) >= 18,
    );
    const owner = [...guardians, ...familyAdults].find((p) => p.email?.toLowerCase() === e);
    guardianName = owner ? patientName(owner) : null;
  }
  return { onFileFor, guardianName };
}

/** Used access: the record was opened (a redeemed code) or an account holds it. */
export function accessWasUsed(patientId: string): boolean {
  return Boolean(latestCode(patientId)?.redeemedAt) || accountHolding(patientId) !== null;
}

export function patientOr404(id: unknown): DbPatient {
  const p = findPatient(String(id));
  if (!p) {
    throw problem(
      404,
      'Patient not found',
      'No patient has this id. Search for the patient again.',
    );
  }
  return p;
}

export function noActiveCode(): Response {
  return problem(
    409,
    'No active access code',
    'This record has no active access code. Request a new access code first.',
    { type: 'no-active-code' },
  );
}

export function recordDelivery(
  patient: DbPatient,
  code: DbCode,
  d: Pick<DbDelivery, 'channel' | 'to' | 'byName' | 'status'>,
): DbDelivery {
  const delivery: DbDelivery = {
    id: nextId('dlv'),
    codeId: code.id,
    patientId: patient.id,
    at: db.now,
    ...d,
  };
  db.deliveries.push(delivery);
  return delivery;
}

export const expiryNote = (c: DbCode) => `expires ${formatDate(c.expiresAt)}`;
