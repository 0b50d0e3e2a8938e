import type { StaffUser } from '../../src/api/contract/session';
import type { SignInRequest } from '../../src/api/contract/sign-in';
import { serverIdleMs, SESSION_TIMING } from '../../src/lib/session-timing';
import type { DbStaff } from '../db';
import { recordAudit, type Actor, type Store } from './context';
import { UnauthenticatedError } from './errors';
import {
  answerPause,
  countFailure,
  forgetFailures,
  pauseNote,
  refuseWhileWaiting,
  triesOf,
} from './tries';

/*
 * Staff sessions. Times here are wall-clock milliseconds (`nowMs`), not the clinic's clock, which
 * only moves when the demo advances it: a session must end after real minutes without activity.
 */

export function toStaffUser({ password: _pw, ...user }: DbStaff): StaffUser {
  return user;
}

function ended(detail: string): UnauthenticatedError {
  return new UnauthenticatedError('Signed out', detail);
}

/**
 * The staff member a session token belongs to; 401 when there is none or it has ended. Each use
 * counts as activity, so the idle limit runs from the last request.
 */
export function authenticate(store: Store, token: string | null, nowMs: number): Actor {
  const session = token ? store.sessions[token] : undefined;
  // A session saved by an older version of the clinic has no times: it is not trusted.
  if (!token || typeof session !== 'object') throw new UnauthenticatedError();
  if (nowMs - session.lastSeenAt > serverIdleMs) {
    delete store.sessions[token];
    throw ended('You were signed out after a time without activity. Sign in again to continue.');
  }
  if (nowMs - session.createdAt > SESSION_TIMING.absoluteMs) {
    delete store.sessions[token];
    throw ended('Sessions last 12 hours at most. Sign in again to continue.');
  }
  const staff = store.staff.find((s) => s.id === session.staffId);
  if (!staff) throw new UnauthenticatedError();
  session.lastSeenAt = nowMs;
  return { id: staff.id, name: staff.name, role: staff.role };
}

export function currentSession(store: Store, actor: Actor): { user: StaffUser } {
  const staff = store.staff.find((s) => s.id === actor.id);
  if (!staff) throw new UnauthenticatedError();
  return { user: toStaffUser(staff) };
}

/**
 * Opens a session under a new token. The session this browser held before, if any, ends. After 5
 * failures in a row for one email, each try waits (services/tries): 429 until the wait is over.
 */
export function signIn(
  store: Store,
  input: SignInRequest,
  newToken: string,
  previousToken: string | null,
  nowMs: number,
): { user: StaffUser } {
  const key = triesOf.staffSignIn(input.email);
  // Audited with the email tried, never the password (ONC 170.315(d)(2)).
  const logTry = (action: string, details: string) =>
    recordAudit(store, { name: input.email, role: null }, null, action, details, store.now);
  refuseWhileWaiting(store, [key], nowMs, (wait) =>
    logTry(
      'Sign-in refused: too many tries',
      `Too many failed sign-ins for ${input.email}: the password was not checked. Next try in ${wait}.`,
    ),
  );
  const staff = store.staff.find((s) => s.email.toLowerCase() === input.email.toLowerCase());
  if (staff?.password !== input.password) {
    const counted = countFailure(store, key, nowMs);
    const account = staff ? 'a staff account' : 'no staff account';
    logTry(
      'Sign-in failed',
      `Wrong email or password for ${input.email} (${account}).${pauseNote(counted)}`,
    );
    answerPause(counted);
    throw new UnauthenticatedError(
      'Email or password is not right',
      'Check both and try again. Demo accounts use the password "demo".',
      [{ field: 'password', message: 'Email or password is not right.' }],
    );
  }
  forgetFailures(store, key);
  if (previousToken) delete store.sessions[previousToken];
  store.sessions[newToken] = { staffId: staff.id, createdAt: nowMs, lastSeenAt: nowMs };
  return { user: toStaffUser(staff) };
}

/** Ends the session on the server: the same token, copied anywhere, no longer works. */
export function signOut(store: Store, token: string | null): void {
  if (token) delete store.sessions[token];
}

/** Carries a session over to a fresh store (Reset demo data keeps whoever pressed it signed in). */
export function keepSession(from: Store, to: Store, token: string | null): void {
  const session = token ? from.sessions[token] : undefined;
  if (token && session) to.sessions[token] = { ...session };
}
