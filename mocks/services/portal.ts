import {
  UNUSABLE_LINK_MESSAGES,
  type PortalLink,
  type PortalLinkToAccountRequest,
  type PortalLogInRequest,
  type PortalRegisterRequest,
  type PortalResult,
} from '../../src/api/contract/portal';
import type { DbAccount, DbCode } from '../db';
import { detachFromOtherAccounts } from './accounts';
import { newId, recordAudit, type Store } from './context';
import { ConflictError, GoneError, InvalidError, NotFoundError } from './errors';
import { otherPatientWithEmail } from './login-addresses';
import { hashPassword } from './passwords';
import { checkPortalPassword } from './portal-login';
import { accountByEmail, accountHolding, codeState, findPatient, patientName } from './records';
import {
  answerPause,
  countFailure,
  forgetFailures,
  LINK_LOCK_AFTER,
  pauseNote,
  refuseWhileWaiting,
  triesOf,
} from './tries';

// The patient-portal simulator: the patient's side of the Medical Records Access Link. No staff
// sign-in here; the patient is identified only by the link, the code and their own password.

function linkState(store: Store, code: DbCode, now: string): PortalLink['state'] {
  if (code.revokedAt) return code.revokedReason === 'replaced' ? 'replaced' : 'revoked';
  const state = codeState(code, now);
  if (state === 'locked') return 'locked';
  if (state !== 'redeemed') return state === 'active' ? 'valid' : 'expired';
  // Used: say plainly when the record has since left portal access or sits in someone else's account.
  const holder = accountHolding(store, code.patientId);
  if (!holder) return 'revoked';
  const sentTo = linkEmail(store, code)?.toLowerCase();
  return sentTo && holder.email.toLowerCase() !== sentTo ? 'linked_elsewhere' : 'redeemed';
}

/** The address the link was emailed to (the latest email delivery), else the one on file. */
function linkEmail(store: Store, code: DbCode): string | null {
  const sent = store.deliveries
    .filter((d) => d.codeId === code.id && d.channel === 'email' && d.to)
    .sort((a, b) => (a.at < b.at ? 1 : -1))[0];
  return sent?.to ?? findPatient(store, code.patientId)?.email ?? null;
}

const WRONG_PASSWORD =
  'Email or password is not right. Use the password you chose for your portal account.';

const WRONG_CODE =
  'This access code is not right. Go back to the email from the clinic and click the blue button: the code fills in for you.';

function gone(state: Exclude<PortalLink['state'], 'valid'>): GoneError {
  const { title, detail } = UNUSABLE_LINK_MESSAGES[state];
  return new GoneError(`link-${state}`, title, detail);
}

/** Who typed on a link, for the audit log: only the link identifies them. */
const LINK_USER = { name: 'Someone with the Medical Records Access Link', role: null };

/**
 * A wrong code typed on a live link: counted against the link (services/tries). The 10th locks
 * the link for good (410 link-locked, and staff see "Locked after wrong codes"); the 5th to 9th
 * each start a wait (429).
 */
function wrongCodeOnLink(store: Store, code: DbCode, now: string, nowMs: number): never {
  const counted = countFailure(store, triesOf.link(code.linkToken), nowMs);
  if (counted.failures >= LINK_LOCK_AFTER) {
    code.lockedAt = now;
    recordAudit(
      store,
      LINK_USER,
      code.patientId,
      'Access link locked',
      `The wrong access code was typed ${counted.failures} times on the Medical Records Access Link: it no longer opens the record. Send a new link.`,
      now,
    );
    throw gone('locked');
  }
  recordAudit(
    store,
    LINK_USER,
    code.patientId,
    'Wrong access code',
    `A wrong access code was typed on the Medical Records Access Link (${counted.failures} of ${LINK_LOCK_AFTER} before it locks).${pauseNote(counted)}`,
    now,
  );
  answerPause(counted);
  throw wrongCode();
}

function wrongCode(): InvalidError {
  return new InvalidError(
    [{ field: 'code', message: WRONG_CODE }],
    'Check the access code',
    WRONG_CODE,
  );
}

/**
 * The code the request is about, usable right now; otherwise the error to answer with. On a
 * link: a locked one says so whatever is typed, and a live one waits (429) before the code is
 * checked once it has had too many wrong codes.
 */
function usableCode(
  store: Store,
  body: { token: string | null; code: string },
  now: string,
  nowMs: number,
): DbCode {
  const typed = body.code.trim().toUpperCase();
  const code = body.token
    ? store.codes.find((c) => c.linkToken === body.token)
    : store.codes
        .filter((c) => c.code.toUpperCase() === typed)
        .sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : -1))[0];
  const live = body.token && code ? linkState(store, code, now) : null;
  // A link that no longer works (it expired while the page was open, say) says so whatever code
  // was typed: "the code is not right" would send the patient looking for a typo.
  if (live !== null && live !== 'valid') throw gone(live);
  if (code && live === 'valid') {
    refuseWhileWaiting(store, [triesOf.link(code.linkToken)], nowMs, (wait) =>
      recordAudit(
        store,
        LINK_USER,
        code.patientId,
        'Access code refused: too many tries',
        `Too many wrong codes on the Medical Records Access Link: the code was not checked. Next try in ${wait}.`,
        now,
      ),
    );
  }
  if (code?.code.toUpperCase() !== typed) {
    if (code && live === 'valid') wrongCodeOnLink(store, code, now, nowMs);
    throw wrongCode();
  }
  const state = linkState(store, code, now);
  if (state !== 'valid') throw gone(state);
  return code;
}

function result(store: Store, account: DbAccount): PortalResult {
  return {
    accountEmail: account.email,
    records: account.records.map((r) => {
      const p = findPatient(store, r.patientId);
      return { name: p ? patientName(p) : 'Unknown record', access: r.access };
    }),
  };
}

export function openAccessLink(store: Store, input: { token: string }, now: string): PortalLink {
  const code = store.codes.find((c) => c.linkToken === input.token);
  if (!code) throw new NotFoundError('link');
  const state = linkState(store, code, now);
  const valid = state === 'valid';
  // A dead link (perhaps sent to the wrong person) reveals nothing about the patient.
  const email = valid ? linkEmail(store, code) : null;
  return {
    state,
    code: valid ? code.code : null,
    patientFirstName: valid ? (findPatient(store, code.patientId)?.firstName ?? null) : null,
    email,
    accountExists: email ? accountByEmail(store, email) !== null : false,
  };
}

export async function registerThroughLink(
  store: Store,
  input: PortalRegisterRequest,
  now: string,
  nowMs: number,
): Promise<PortalResult> {
  // The only wait comes first: from here on, the checks and the change are made in one step.
  const passwordHash = await hashPassword(input.password);
  const code = usableCode(store, input, now, nowMs);
  const email = linkEmail(store, code);
  if (!email) {
    throw new InvalidError(
      [],
      'We need an email address for your account',
      'The clinic has no email address for you. Ask the clinic to add it and send you the link.',
    );
  }
  if (accountByEmail(store, email)) {
    throw new ConflictError(
      'account-exists',
      'You already have a portal account: log in instead',
      `${email} already has a portal account. Log in with its password and this record is added to it.`,
    );
  }
  if (otherPatientWithEmail(store, email, code.patientId)) {
    recordAudit(
      store,
      LINK_USER,
      code.patientId,
      'Portal registration refused',
      `No login was made: the link was sent to ${email}, the email of another patient on file. A login for that email is made only through that patient's own link.`,
      now,
    );
    throw new ConflictError(
      'email-of-another-patient',
      'This email belongs to another patient',
      `We cannot make a login for ${email} with this link. Call the clinic: ask them to check the email for this record and send a new link.`,
    );
  }
  detachFromOtherAccounts(store, code.patientId, null, now);
  const account: DbAccount = {
    id: newId(store, 'acct'),
    email,
    passwordHash,
    status: 'active',
    createdAt: now,
    createdVia: 'access_link',
    records: [{ patientId: code.patientId, access: 'full', linkedAt: now }],
  };
  store.accounts.push(account);
  code.redeemedAt = now;
  forgetFailures(store, triesOf.link(code.linkToken));
  recordAudit(
    store,
    { id: account.id, name: email, role: null },
    code.patientId,
    'Portal account registered',
    'Registered through the Medical Records Access Link; full access.',
    now,
  );
  return result(store, account);
}

export async function linkThroughLink(
  store: Store,
  input: PortalLinkToAccountRequest,
  now: string,
  nowMs: number,
): Promise<PortalResult> {
  const code = usableCode(store, input, now, nowMs);
  const account = await checkPortalPassword(
    store,
    input,
    { page: 'linking a record through its link', patientId: code.patientId },
    WRONG_PASSWORD,
    now,
    nowMs,
  );
  // Another request may have used the link while the password was checked.
  const state = linkState(store, code, now);
  if (state !== 'valid') throw gone(state);
  detachFromOtherAccounts(store, code.patientId, account, now);
  const held = account.records.find((r) => r.patientId === code.patientId);
  const actor = { id: account.id, name: account.email, role: null };
  if (held?.access === 'limited') {
    held.access = 'full';
    recordAudit(
      store,
      actor,
      code.patientId,
      'Full access granted',
      `Limited access (online booking) in ${account.email} became full access through the Medical Records Access Link.`,
      now,
    );
  } else {
    if (!held) account.records.push({ patientId: code.patientId, access: 'full', linkedAt: now });
    recordAudit(
      store,
      actor,
      code.patientId,
      'Record linked to portal account',
      `Linked into ${account.email} through the Medical Records Access Link; full access.`,
      now,
    );
  }
  code.redeemedAt = now;
  forgetFailures(store, triesOf.link(code.linkToken));
  return result(store, account);
}

/** The portal home after logging in: the account's linked profiles, each with the person's name. */
export async function logInToPortal(
  store: Store,
  input: PortalLogInRequest,
  now: string,
  nowMs: number,
): Promise<PortalResult> {
  const account = await checkPortalPassword(
    store,
    input,
    { page: 'the portal home', patientId: null },
    WRONG_PASSWORD,
    now,
    nowMs,
  );
  return result(store, account);
}
