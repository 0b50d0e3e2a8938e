import {
  INVITATION_MESSAGES,
  type AcceptInvitation,
  type CareHome,
  type Invitation,
} from '../../src/api/contract/shared-access';
import { sharesPatientEmail } from '../../src/lib/shared-access-rules';
import type { DbAccount, DbProxyGrant } from '../db';
import { newId, recordAudit, type Store } from './context';
import { ConflictError, GoneError, InvalidError, NotFoundError } from './errors';
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

export function acceptInvitation(
  store: Store,
  token: string,
  input: AcceptInvitation,
  now: string,
  nowMs: number,
): CareHome {
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
  let account = accountByEmail(store, input.email);
  if (input.mode === 'register') {
    if (account) {
      throw new ConflictError(
        'account-exists',
        'You already have a portal login: log in instead',
        `${input.email} already has a portal login. Log in with its password to accept.`,
      );
    }
    const patient = findPatient(store, g.patientId);
    if (sharesPatientEmail({ patient: { email: patient?.email ?? null }, carePartner: input })) {
      throw new InvalidError([
        { field: 'email', message: "This is the patient's own email. Use your own email address." },
      ]);
    }
    const created: DbAccount = {
      id: newId(store, 'acct'),
      email: input.email,
      password: input.password,
      status: 'active',
      createdAt: now,
      createdVia: 'access_link',
      records: [],
    };
    store.accounts.push(created);
    account = created;
  } else {
    account = checkPortalPassword(
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
export function careHome(
  store: Store,
  input: { email: string; password: string },
  now: string,
  nowMs: number,
): CareHome {
  const account = checkPortalPassword(
    store,
    input,
    { page: 'the care partner log-in', patientId: null },
    WRONG_OWN_PASSWORD,
    now,
    nowMs,
  );
  return homeFor(store, account, now);
}
