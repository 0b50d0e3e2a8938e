import {
  ACCESS_CODE_ALPHABET,
  ACCESS_CODE_LENGTH,
  ACCESS_CODE_VALID_DAYS,
  REVOKE_REASONS,
  type AccessStatus,
  type Delivery,
  type EmailCheck,
  type PrintLetter,
  type RecordPrintRequest,
  type RevokeAccessRequest,
  type SendAccessLinkRequest,
} from '../../src/api/contract/access-code';
import { hasAccessToRevoke, revokeActionFor } from '../../src/lib/access-rules';
import { addDays, ageOn } from '../../src/lib/dates';
import { sameEmail } from '../../src/lib/email-domain';
import { suggestEmailFix } from '../../src/lib/email-typos';
import { formatDate } from '../../src/lib/format';
import type { DbCode, DbDelivery, DbPatient } from '../db';
import { accessLinkEmail, accessLinkPath, PORTAL_URL, textLanguage } from '../emails';
import { languageName } from '../../src/lib/languages';
import { removeRecordFromAccount } from './accounts';
import { authorize, newId, recordAudit, requirePatient, type Actor, type Store } from './context';
import { ConflictError, NotFoundError } from './errors';
import { assertCurrentVersion, changeEmail, refuseUnsafeEmail } from './patients';
import {
  accountHolding,
  activeCode,
  deliveriesFor,
  findPatient,
  latestCode,
  patientName,
  revocationsFor,
  toAccessCode,
  toAccount,
  toPatient,
} from './records';

// The Medical Access Code tab's rules. Every service: find (404), authorize (403), then
// conflicts (409), and only then change anything.

function randomFrom(alphabet: string, length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
}

const expiryNote = (c: DbCode) => `expires ${formatDate(c.expiresAt)}`;

function noActiveCode(): ConflictError {
  return new ConflictError(
    'no-active-code',
    'No active access code',
    'This record has no active access code. Request a new access code first.',
  );
}

/** A new code replaces any active one: the old link stops working at once. */
export function issueCode(
  store: Store,
  actor: Actor,
  patient: DbPatient,
  replacing: DbCode | null,
  now: string,
): DbCode {
  if (replacing) {
    replacing.revokedAt = now;
    replacing.revokedReason = 'replaced';
  }
  const code: DbCode = {
    id: newId(store, 'code'),
    patientId: patient.id,
    code: randomFrom(ACCESS_CODE_ALPHABET, ACCESS_CODE_LENGTH),
    // Opaque and unrelated to the code, so the link never shows the code itself.
    linkToken: `lnk${randomFrom('abcdefghijkmnpqrstuvwxyz23456789', 20)}`,
    issuedAt: now,
    expiresAt: addDays(now, ACCESS_CODE_VALID_DAYS),
    issuedByName: actor.name,
    redeemedAt: null,
    revokedAt: null,
    revokedReason: null,
    lockedAt: null,
  };
  store.codes.push(code);
  const replaced = replacing ? ' It replaces the previous code, whose link no longer works.' : '';
  recordAudit(
    store,
    actor,
    patient.id,
    'Access code requested',
    `New access code issued; ${expiryNote(code)}.${replaced}`,
    now,
  );
  return code;
}

export function recordDelivery(
  store: Store,
  patient: DbPatient,
  code: DbCode,
  d: Pick<DbDelivery, 'channel' | 'to' | 'byName' | 'status' | 'language'>,
  now: string,
): DbDelivery {
  const delivery: DbDelivery = {
    id: newId(store, 'dlv'),
    codeId: code.id,
    patientId: patient.id,
    at: now,
    ...d,
  };
  store.deliveries.push(delivery);
  return delivery;
}

/**
 * Emails a code's Medical Records Access Link and records the delivery. A typo domain
 * (exmaple.com) reaches no one: the mock bounces it as a real mail server would.
 */
export function emailAccessLink(
  store: Store,
  actor: Actor,
  patient: DbPatient,
  code: DbCode,
  to: string,
  now: string,
  /** The email's language; in family linking, the account holder the email goes to. */
  options: { language: string; holderFirstName?: string | undefined },
): { delivery: DbDelivery; bounced: boolean } {
  const bounced = suggestEmailFix(to) !== null;
  const email = accessLinkEmail(patient, code, to, now, options);
  const delivery = recordDelivery(
    store,
    patient,
    code,
    {
      channel: 'email',
      to,
      byName: actor.name,
      status: bounced ? 'bounced' : 'delivered',
      language: email.language,
    },
    now,
  );
  store.emails.push({ id: newId(store, 'eml'), deliveryId: delivery.id, ...email });
  return { delivery, bounced };
}

export function accessStatusOf(store: Store, patient: DbPatient, now: string): AccessStatus {
  const account = accountHolding(store, patient.id);
  const code = latestCode(store, patient.id);
  return {
    asOf: now,
    patient: toPatient(store, patient),
    account: account ? toAccount(store, account) : null,
    code: code ? toAccessCode(code, now) : null,
    deliveries: deliveriesFor(store, patient.id),
    revocations: revocationsFor(store, patient.id),
  };
}

export function getAccessStatus(
  store: Store,
  actor: Actor,
  input: { patientId: string },
  now: string,
): AccessStatus {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'patients.view');
  return accessStatusOf(store, p, now);
}

const MAX_OTHERS = 5;

/** Who else has this address on file, and whether it is a teenager's parent's address. */
export function checkEmail(
  store: Store,
  actor: Actor,
  input: { patientId: string; email: string },
  now: string,
): EmailCheck {
  const patient = requirePatient(store, input.patientId);
  authorize(actor, 'patients.view');
  const e = input.email.trim().toLowerCase();
  const sameFamily = (p: DbPatient) => patient.familyId !== null && p.familyId === patient.familyId;
  const onFileFor = store.patients
    .filter((p) => p.id !== patient.id && !sameFamily(p) && p.email?.toLowerCase() === e)
    .slice(0, MAX_OTHERS)
    .map((p) => ({ patientId: p.id, name: patientName(p) }));

  let guardianName: string | null = null;
  const age = ageOn(patient.dateOfBirth, now);
  if (age >= 12 && age <= 17) {
    const guardians = patient.guardianIds
      .map((id) => findPatient(store, id))
      .filter((p): p is DbPatient => Boolean(p));
    const familyAdults = store.patients.filter(
      (p) => p.id !== patient.id && sameFamily(p) && ageOn(p.dateOfBirth, now) >= 18,
    );
    const owner = [...guardians, ...familyAdults].find((p) => p.email?.toLowerCase() === e);
    guardianName = owner ? patientName(owner) : null;
  }
  return { onFileFor, guardianName };
}

export function requestAccessCode(
  store: Store,
  actor: Actor,
  input: { patientId: string; confirmReplace: boolean },
  now: string,
) {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'accessCode.request');
  const active = activeCode(store, p.id, now);
  if (active && !input.confirmReplace) {
    throw new ConflictError(
      'active-code-exists',
      'An access code is already active',
      'A new code replaces the active one: the link already sent will stop working. Confirm to replace it.',
      toAccessCode(active, now),
    );
  }
  return toAccessCode(issueCode(store, actor, p, active, now), now);
}

/** Shows the full code on screen; audited, because the code opens the record. */
export function revealAccessCode(
  store: Store,
  actor: Actor,
  input: { patientId: string },
  now: string,
) {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'accessCode.reveal');
  if (!latestCode(store, p.id)) throw new NotFoundError('accessCode');
  const active = activeCode(store, p.id, now);
  if (!active) throw noActiveCode();
  recordAudit(
    store,
    actor,
    p.id,
    'Access code revealed',
    `The full access code ending ${active.code.slice(-2)} was shown on screen.`,
    now,
  );
  return { codeId: active.id, code: active.code };
}

/**
 * Send Access Link: saves a corrected address (against the version the dialog saw), issues a
 * code when there is none and the one-dialog path asked for it, then emails the link. Sending
 * again never changes the code's expiry.
 */
export function sendAccessLink(
  store: Store,
  actor: Actor,
  input: SendAccessLinkRequest & { patientId: string },
  now: string,
  /** Family linking's resend: the email goes to this account holder, in their language. */
  holder?: Pick<DbPatient, 'firstName' | 'preferredLanguage'>,
) {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'accessCode.send');
  // A change of letter case alone reaches the same mailbox: no correction, no new contact details.
  const emailChanged = !sameEmail(input.email, p.email);
  const to = emailChanged || p.email === null ? input.email : p.email;
  if (emailChanged) authorize(actor, 'patients.updateContact');
  refuseUnsafeEmail(store, p, to, input.confirmedLookalikeDomain);
  let code = activeCode(store, p.id, now);
  if (!code && !input.issueCodeIfNone) throw noActiveCode();
  // The same link to the same address a moment ago: a second press or another tab, not a second
  // email. The answer is the first send's, and nothing changes.
  const repeated = code && !input.sendAgain ? recentSend(store, code, to, now) : undefined;
  if (code && repeated) {
    const { patientId: _p, ...sent } = repeated;
    return { delivery: sent, code: toAccessCode(code, now), alreadySentAt: repeated.at };
  }
  if (!code) authorize(actor, 'accessCode.request');
  if (emailChanged) assertCurrentVersion(store, p, input.version);

  // Every check passed: only now change anything.
  if (emailChanged) {
    changeEmail(store, actor, p, input.email, now, ' (corrected while sending the access link)');
  }
  code ??= issueCode(store, actor, p, null, now);
  const { delivery, bounced } = emailAccessLink(store, actor, p, code, to, now, {
    language: input.language ?? holder?.preferredLanguage ?? p.preferredLanguage,
    holderFirstName: holder?.firstName,
  });
  recordAudit(
    store,
    actor,
    p.id,
    'Access link sent',
    `Medical Records Access Link emailed to ${to} in ${languageName(delivery.language)}.${bounced ? ' The email bounced.' : ''}`,
    now,
  );
  const { patientId: _patientId, ...sent } = delivery;
  return { delivery: sent, code: toAccessCode(code, now), alreadySentAt: null };
}

/** How long a second send of the same link to the same address counts as the same send. */
export const REPEAT_SEND_WINDOW_MS = 60_000;

/** This code's email to this address in the last minute, if there is one. */
function recentSend(store: Store, code: DbCode, to: string, now: string) {
  const since = Date.parse(now) - REPEAT_SEND_WINDOW_MS;
  return store.deliveries.findLast(
    (d) =>
      d.codeId === code.id &&
      d.channel === 'email' &&
      d.to !== null &&
      sameEmail(d.to, to) &&
      Date.parse(d.at) >= since,
  );
}

/**
 * The letter to preview and print, with the full code. Opening it records nothing: a letter shown
 * on screen and closed was never printed (staff confirm a print with printAccessCode).
 */
export function getPrintLetter(
  store: Store,
  actor: Actor,
  input: { patientId: string },
  now: string,
): PrintLetter {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'accessCode.print');
  const code = activeCode(store, p.id, now);
  if (!code) throw noActiveCode();
  return {
    codeId: code.id,
    patientName: patientName(p),
    code: code.code,
    portalUrl: PORTAL_URL,
    link: PORTAL_URL + accessLinkPath(code, textLanguage(p.preferredLanguage)),
    expiresAt: code.expiresAt,
    preferredLanguage: p.preferredLanguage,
  };
}

/**
 * Staff confirmed the letter came out of the printer: the print is recorded like a delivery.
 * The letter's code must still be the active one (a replaced code's letter no longer works).
 * One confirmation is one print: a retry with the same Idempotency-Key gets the same answer.
 */
export function printAccessCode(
  store: Store,
  actor: Actor,
  input: RecordPrintRequest & { patientId: string },
  now: string,
): Delivery {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'accessCode.print');
  const code = activeCode(store, p.id, now);
  if (!code) throw noActiveCode();
  if (code.id !== input.codeId) {
    throw new ConflictError(
      'letter-code-replaced',
      'The letter shows an old access code',
      'This letter’s access code was replaced or cancelled, so the letter no longer works. Print the letter again.',
    );
  }
  const delivery = recordDelivery(
    store,
    p,
    code,
    {
      channel: 'print',
      to: null,
      byName: actor.name,
      status: 'printed',
      language: textLanguage(input.language ?? p.preferredLanguage),
    },
    now,
  );
  recordAudit(
    store,
    actor,
    p.id,
    'Access code printed',
    `Printed letter with the access code in ${languageName(delivery.language)}; ${expiryNote(code)}.`,
    now,
  );
  const { patientId: _patientId, ...printed } = delivery;
  return printed;
}

/**
 * Revoke Access: cancels the active code and takes the record out of the account holding it.
 * Who may do it depends on whether the access was used (the same predicate the UI shows).
 */
export function revokeAccess(
  store: Store,
  actor: Actor,
  input: RevokeAccessRequest & { patientId: string },
  now: string,
): AccessStatus {
  const p = requirePatient(store, input.patientId);
  const status = accessStatusOf(store, p, now);
  authorize(actor, revokeActionFor(status));
  if (!hasAccessToRevoke(status)) {
    throw new ConflictError(
      'nothing-to-revoke',
      'Nothing to revoke',
      'This record has no portal account and no active access code.',
      status,
    );
  }
  const reason =
    input.reason === 'other'
      ? (input.otherText ?? REVOKE_REASONS.other)
      : REVOKE_REASONS[input.reason];
  const done: string[] = [];
  const active = activeCode(store, p.id, now);
  if (active) {
    active.revokedAt = now;
    active.revokedReason = reason;
    done.push('active access code cancelled');
  }
  const account = accountHolding(store, p.id);
  if (account) done.push(removeRecordFromAccount(account, p.id));
  store.revocations.push({
    id: newId(store, 'rvk'),
    patientId: p.id,
    at: now,
    byName: actor.name,
    reason,
    wrongAddress: input.reason === 'wrong_person',
    email: p.email,
  });
  recordAudit(store, actor, p.id, 'Access revoked', `Reason: ${reason}. ${done.join('; ')}.`, now);
  return accessStatusOf(store, p, now);
}
