import {
  INVITATION_MESSAGES,
  type AcceptInvitation,
  type CareHome,
  type Invitation,
} from '../../src/api/contract/shared-access';
import { sameEmail } from '../../src/lib/email-domain';
import { sharesPatientEmail } from '../../src/lib/shared-access-rules';
import type { DbAccount, DbProxyGrant } from '../db';
import { newId, recordAudit, type Store } from './context';
import { ConflictError, GoneError, InvalidError, NotFoundError } from './errors';
import { otherPatientWithEmail } from './login-addresses';
import { hashPassword } from './passwords';
import { checkPortalPassword } from './portal-login';
import { accountByEmail, findPatient, patientName } from './records';
import { grantStatus } from './shared-access-records';
import { triesOf } from './tries';

// The care partner's side in the portal simulator: identified by the invitation, the patient's
// date of birth, and then only by their own login.

export const DOB_TRIES = 3;

function grantByToken(store: Store, token: string): DbProxyGrant {
  const g = store.proxyGrants.find((x) => x.invitation?.token === token);
  if (!g?.invitation) throw new NotFoundError('invitation');
  return g;
}

function invitationState(g: DbProxyGrant, now: string): Invitation['state'] {
  const status = grantStatus(g, now);
  if (status === 'revoked' || status === 'ended') return 'revoked';
  if (g.invitation?.acceptedAt) return 'accepted';
  if (status === 'invitation_void') return 'void';
  if (status === 'invitation_expired') return 'expired';
  return 'valid';
}

const GONE = (state: Exclude<Invitation['state'], 'valid'>): [string, string] => [
  INVITATION_MESSAGES[state].title,
  INVITATION_MESSAGES[state].detail,
];

function usable(g: DbProxyGrant, now: string): void {
  const state = invitationState(g, now);
  if (state !== 'valid') throw new GoneError(`invitation-${state}`, ...GONE(state));
}

export function openInvitation(store: Store, token: string, now: string): Invitation {
  const g = grantByToken(store, token);
  const state = invitationState(g, now);
  const valid = state === 'valid';
  return {
    state,
    patientFirstName: valid ? (findPatient(store, g.patientId)?.firstName ?? null) : null,
    carePartnerName: valid ? g.carePartner.name : null,
    email: valid ? g.carePartner.email : null,
    dobConfirmed: Boolean(g.invitation?.dobConfirmedAt),
    triesLeft: DOB_TRIES - (g.invitation?.wrongDobTries ?? 0),
  };
}

export function confirmInvitationDob(
  store: Store,
  token: string,
  input: { dateOfBirth: string },
  now: string,
): Invitation {
  const g = grantByToken(store, token);
  usable(g, now);
  const inv = g.invitation!;
  const patient = findPatient(store, g.patientId);
  if (patient?.dateOfBirth !== input.dateOfBirth) {
    inv.wrongDobTries += 1;
    const left = DOB_TRIES - inv.wrongDobTries;
    const actor = { name: g.carePartner.email, role: null };
    if (left <= 0) {
      inv.voidedAt = now;
      recordAudit(
        store,
        actor,
        g.patientId,
        'Shared access invitation void',
        'The date of birth was entered wrongly 3 times.',
        now,
      );
      throw new GoneError('invitation-void', ...GONE('void'));
    }
    recordAudit(
      store,
      actor,
      g.patientId,
      'Shared access invitation: wrong date of birth',
      `A wrong date of birth was entered (${inv.wrongDobTries} of ${DOB_TRIES} before the invitation stops working).`,
      now,
    );
    const message = `That date of birth is not right. ${left} ${left === 1 ? 'try' : 'tries'} left before this invitation stops working.`;
    throw new InvalidError([{ field: 'dateOfBirth', message }], 'Check the date of birth', message);
  }
  inv.dobConfirmedAt = now;
  recordAudit(
    store,
    { name: g.carePartner.email, role: null },
    g.patientId,
    'Shared access invitation: date of birth confirmed',
    `${g.carePartner.name} entered the patient's date of birth correctly; the invitation can be accepted.`,
    now,
  );
  return openInvitation(store, token, now);
}

/** Why an acceptance was refused, audited against the patient's record. */
function refuseAcceptance(
  store: Store,
  g: DbProxyGrant,
  email: string,
  why: string,
  now: string,
): void {
  recordAudit(
    store,
    { name: email, role: null },
    g.patientId,
    'Shared access acceptance refused',
    `${g.carePartner.name} tried to accept with ${email}: ${why}`,
    now,
  );
}

/**
 * Step 2: the care partner's own login. A new login uses the invited address as it is (the
 * clinic's email to it is the proof they can read it; another address needs a new invitation,
 * which staff send after checking it). It is never the patient's own login, in either mode, and
 * never a login for an address of a patient on file (login-addresses).
 */
export async function acceptInvitation(
  store: Store,
  token: string,
  input: AcceptInvitation,
  now: string,
  nowMs: number,
): Promise<CareHome> {
  // A new login's hash is worked out first, the only wait: the checks and the change that follow
  // are made in one step.
  const passwordHash = input.mode === 'register' ? await hashPassword(input.password) : null;
  const g = grantByToken(store, token);
  usable(g, now);
  const inv = g.invitation!;
  if (!inv.dobConfirmedAt) {
    throw new ConflictError(
      'dob-not-confirmed',
      "Confirm the patient's date of birth first",
      "Enter the patient's date of birth before creating your login.",
    );
  }
  const patient = findPatient(store, g.patientId);
  const firstName = patient?.firstName ?? 'the patient';
  if (sharesPatientEmail({ patient: { email: patient?.email ?? null }, carePartner: input })) {
    refuseAcceptance(store, g, input.email, "the patient's own email.", now);
    throw patientsOwnLogin(firstName);
  }
  let account: DbAccount;
  if (passwordHash !== null) {
    account = registerCarePartner(store, g, input.email, passwordHash, now);
  } else {
    account = await checkPortalPassword(
      store,
      input,
      {
        page: 'accepting a shared-access invitation',
        patientId: g.patientId,
        alsoCounted: [triesOf.invitation(token)],
      },
      WRONG_OWN_PASSWORD,
      now,
      nowMs,
    );
    // Another request may have used the invitation while the password was checked.
    usable(g, now);
    if (account.records.some((r) => r.patientId === g.patientId)) {
      refuseAcceptance(store, g, account.email, "the patient's own portal login.", now);
      throw patientsOwnLogin(firstName);
    }
  }
  inv.acceptedAt = now;
  g.status = 'active';
  g.accountId = account.id;
  g.version += 1;
  const request = store.proxyRequests.find((r) => r.id === g.requestId);
  if (request) request.status = 'active';
  recordAudit(
    store,
    { id: account.id, name: account.email, role: null },
    g.patientId,
    'Shared access accepted',
    `${g.carePartner.name} accepted with their own login ${account.email}.`,
    now,
  );
  return homeFor(store, account, now);
}

function patientsOwnLogin(firstName: string): InvalidError {
  const message = `This is ${firstName}’s own login. Use your own email and your own login, not ${firstName}’s.`;
  return new InvalidError(
    [{ field: 'email', message }],
    `You cannot use ${firstName}’s login`,
    message,
    'patients-own-login',
  );
}

/** A new login for the care partner, at the invited address only. */
function registerCarePartner(
  store: Store,
  g: DbProxyGrant,
  email: string,
  passwordHash: string,
  now: string,
): DbAccount {
  const invited = g.invitation!.sentTo;
  if (!sameEmail(email, invited)) {
    refuseAcceptance(
      store,
      g,
      email,
      `a new login may only use the invited email, ${invited}.`,
      now,
    );
    const message = `Use ${invited}, the email this invitation was sent to. To use a different email, ask the clinic to send the invitation to that email.`;
    throw new InvalidError(
      [{ field: 'email', message }],
      'Use the email the invitation was sent to',
      message,
      'not-the-invited-email',
    );
  }
  if (accountByEmail(store, email)) {
    throw new ConflictError(
      'account-exists',
      'You already have a portal login: log in instead',
      `${email} already has a portal login. Log in with its password to accept.`,
    );
  }
  if (otherPatientWithEmail(store, email, null)) {
    refuseAcceptance(
      store,
      g,
      email,
      "the email of a patient on file, whose login is made only through that patient's own link.",
      now,
    );
    throw new ConflictError(
      'email-of-a-patient',
      'Start with your own record',
      `${email} is the email the clinic has for you as a patient. First make your login with the link the clinic sends for your own record (call the clinic to ask for it). Then open this invitation again and choose “I already have a portal login”.`,
    );
  }
  const created: DbAccount = {
    id: newId(store, 'acct'),
    email: invited,
    passwordHash,
    status: 'active',
    createdAt: now,
    createdVia: 'access_link',
    records: [],
  };
  store.accounts.push(created);
  return created;
}

function homeFor(store: Store, account: DbAccount, now: string): CareHome {
  return {
    accountEmail: account.email,
    records: store.proxyGrants
      .filter((g) => g.accountId === account.id && grantStatus(g, now) === 'active')
      .flatMap((g) => {
        const p = findPatient(store, g.patientId);
        return p
          ? [
              {
                patientFirstName: p.firstName,
                patientName: patientName(p),
                scope: g.scope,
                until: g.until,
              },
            ]
          : [];
      }),
  };
}

const WRONG_OWN_PASSWORD =
  'Email or password is not right. Use the password of your own portal login.';

/** What a care partner sees after logging in: only grants that still work, checked every time. */
export async function careHome(
  store: Store,
  input: { email: string; password: string },
  now: string,
  nowMs: number,
): Promise<CareHome> {
  const account = await checkPortalPassword(
    store,
    input,
    { page: 'the care partner log-in', patientId: null },
    WRONG_OWN_PASSWORD,
    now,
    nowMs,
  );
  return homeFor(store, account, now);
}
