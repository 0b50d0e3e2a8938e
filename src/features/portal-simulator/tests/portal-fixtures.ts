import { ACCESS_CODE_VALID_DAYS } from '../../../api/contract/access-code';
import { addDays } from '../../../lib/dates';
import { db, TEST_NOW, type DbCode } from '../../../../mocks/db';
import { newId } from '../../../../mocks/services/context';
import { decideRequest } from '../../../../mocks/services/shared-access';
import { APPROVE_SUSAN } from '../../../../mocks/services/test-clinic';
import type { DecideRequest } from '../../../api/contract/shared-access';
import { patientIdOf } from '../../../../tests/render';

/** The seeded person's newest access code (as the staff side issued it). */
export function latestCodeOf(fullName: string): DbCode {
  const patientId = patientIdOf(fullName);
  const code = db.codes
    .filter((c) => c.patientId === patientId)
    .sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : -1))[0];
  if (!code) throw new Error(`${fullName} has no access code in the seed`);
  return code;
}

export function registerUrl(code: DbCode): string {
  return `/portal/register?token=${code.linkToken}`;
}

/** What Request Access Code + Send Access Link leave behind: an active code emailed to `to`. */
export function sendActiveLink(fullName: string, to: string, code = 'HX7KM4PQ'): DbCode {
  const patientId = patientIdOf(fullName);
  const issued: DbCode = {
    id: newId(db, 'code'),
    patientId,
    code,
    linkToken: newId(db, 'lnktest'),
    issuedAt: db.now,
    expiresAt: addDays(db.now, ACCESS_CODE_VALID_DAYS),
    issuedByName: 'Felix Moreno',
    redeemedAt: null,
    revokedAt: null,
    revokedReason: null,
    lockedAt: null,
  };
  db.codes.push(issued);
  db.deliveries.push({
    id: newId(db, 'dlv'),
    codeId: issued.id,
    patientId,
    channel: 'email',
    to,
    at: db.now,
    byName: 'Felix Moreno',
    status: 'delivered',
    language: 'en',
  });
  return issued;
}

export function accountOf(email: string) {
  return db.accounts.find((a) => a.email === email && a.status === 'active');
}

/** Bao Nguyen's live Medical Records Access Link, from the seed. */
export function baoLinkToken(): string {
  const id = patientIdOf('Bao Nguyen');
  return db.codes.find((c) => c.patientId === id && !c.revokedAt)!.linkToken;
}

/** Carlos's phone request for Rosa, approved: his invitation's token. */
export function approveCarlos(): string {
  const priya = db.staff.find((s) => s.role === 'patient_experience')!;
  decideRequest(
    db,
    { id: priya.id, name: priya.name, role: priya.role },
    'preq_c7rm4sx2kq9n',
    {
      ...(APPROVE_SUSAN as Extract<DecideRequest, { decision: 'approve' }>),
      carePartnerEmail: 'carlos.martinez@example.com',
    },
    TEST_NOW,
  );
  return db.proxyGrants.at(-1)!.invitation!.token;
}
