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
import {
  ConflictError,
  GoneError,
  InvalidError,
  NotFoundError,
  UnauthenticatedError,
} from './errors';
import { accountByEmail, accountHolding, codeState, findPatient, patientName } from './records';

// The patient-portal simulator: the patient's side of the Medical Records Access Link. No staff
// sign-in here; the patient is identified only by the link, the code and their own password.

function linkState(store: Store, code: DbCode, now: string): PortalLink['state'] {
  if (code.revokedAt) return code.revokedReason === 'replaced' ? 'replaced' : 'revoked';
  const state = codeState(code, now);
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

const WRONG_CODE =
  'This access code is not right. Go back to the email from the clinic and click the blue button: the code fills in for you.';

/** The code the request is about, usable right now; otherwise the error to answer with. */
function usableCode(
  store: Store,
  body: { token: string | null; code: string },
  now: string,
): DbCode {
  const typed = body.code.trim().toUpperCase();
  const code = body.token
    ? store.codes.find((c) => c.linkToken === body.token)
    : store.codes
        .filter((c) => c.code.toUpperCase() === typed)
        .sort((a, b) => (a.issuedAt < b.issuedAt ? 1 : -1))[0];
  if (code?.code.toUpperCase() !== typed) {
    throw new InvalidError(
      [{ field: 'code', message: WRONG_CODE }],
      'Check the access code',
      WRONG_CODE,
    );
  }
  const state = linkState(store, code, now);
  if (state !== 'valid') {
    const { title, detail } = UNUSABLE_LINK_MESSAGES[state];
    throw new GoneError(`link-${state}`, title, detail);
  }
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

export function registerThroughLink(
  store: Store,
  input: PortalRegisterRequest,
  now: string,
): PortalResult {
  const code = usableCode(store, input, now);
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
  detachFromOtherAccounts(store, code.patientId, null, now);
  const account: DbAccount = {
    id: newId(store, 'acct'),
    email,
    password: input.password,
    status: 'active',
    createdAt: now,
    createdVia: 'access_link',
    records: [{ patientId: code.patientId, access: 'full', linkedAt: now }],
  };
  store.accounts.push(account);
  code.redeemedAt = now;
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

export function linkThroughLink(
  store: Store,
  input: PortalLinkToAccountRequest,
  now: string,
): PortalResult {
  const code = usableCode(store, input, now);
  const account = accountByEmail(store, input.email);
  if (account?.password !== input.password) {
    const message =
      'Email or password is not right. Use the password you chose for your portal account.';
    throw new UnauthenticatedError('Email or password is not right', message, [
      { field: 'password', message },
    ]);
  }
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
  return result(store, account);
}

/** The portal home after logging in: the account's linked profiles, each with the person's name. */
export function logInToPortal(store: Store, input: PortalLogInRequest): PortalResult {
  const account = accountByEmail(store, input.email);
  if (account?.password !== input.password) {
    const message =
      'Email or password is not right. Use the password you chose for your portal account.';
    throw new UnauthenticatedError('Email or password is not right', message, [
      { field: 'password', message },
    ]);
  }
  return result(store, account);
}
