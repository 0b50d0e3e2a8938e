import { TRY_LIMITS, waitAfterFailures, waitInWords } from '../../src/lib/try-limits';
import type { Store } from './context';
import { TooManyTriesError } from './errors';

/*
 * Guessing is slowed (OWASP ASVS V2.2.1). Failures in a row are counted against what was guessed
 * at: one account (staff or portal, by the email tried, whether or not it has an account), one
 * Medical Records Access Link, one shared-access invitation. After 5, every failure starts a wait
 * that doubles (30 s, 1 min, 2 min… up to an hour), and a try during the wait is refused with 429
 * before anything secret is checked. A success clears the count. A link also locks for good after
 * 10 wrong codes (services/portal).
 *
 * Pure rules over the store, with the time passed in (`nowMs`, wall-clock milliseconds as for
 * sessions: a wait is real seconds, while the demo clinic's clock moves only when staff move it).
 * The counts are store rows, so they are saved with the refusal that made them (services/commit)
 * and survive a restart.
 */

/** What tries are counted against. */
export const triesOf = {
  staffSignIn: (email: string) => `staff:${email.trim().toLowerCase()}`,
  portalAccount: (email: string) => `portal:${email.trim().toLowerCase()}`,
  link: (token: string) => `link:${token}`,
  invitation: (token: string) => `invitation:${token}`,
};

/** Seconds until the next try of any of `keys` may be checked; 0 when none has to wait. */
export function secondsToWait(store: Store, keys: string[], nowMs: number): number {
  let until = 0;
  for (const key of keys) until = Math.max(until, store.tries[key]?.waitUntil ?? 0);
  return until > nowMs ? Math.ceil((until - nowMs) / 1000) : 0;
}

/** Failures in a row counted against `key` so far. */
export function failuresOf(store: Store, key: string): number {
  return store.tries[key]?.failures ?? 0;
}

/**
 * Refuses a try while any of `keys` is waiting: `audit` records the refusal (a try that counts is
 * audited even unchecked), then 429. Call it before checking the password, code or date.
 */
export function refuseWhileWaiting(
  store: Store,
  keys: string[],
  nowMs: number,
  audit: (wait: string) => void,
): void {
  const wait = secondsToWait(store, keys, nowMs);
  if (wait === 0) return;
  audit(waitInWords(wait));
  throw new TooManyTriesError(wait);
}

/** One more failure against `key`: how many in a row now, and the wait it starts (0: none). */
export function countFailure(
  store: Store,
  key: string,
  nowMs: number,
): { failures: number; waitSeconds: number } {
  const failures = failuresOf(store, key) + 1;
  const waitSeconds = waitAfterFailures(failures);
  store.tries[key] = { failures, lastFailureAt: nowMs, waitUntil: nowMs + waitSeconds * 1000 };
  return { failures, waitSeconds };
}

/** A success: the count starts again from none. */
export function forgetFailures(store: Store, ...keys: string[]): void {
  for (const key of keys) if (key in store.tries) delete store.tries[key];
}

/** For the audit log: " 5 failures in a row: tries paused for 30 seconds." or nothing. */
export function pauseNote(counted: { failures: number; waitSeconds: number }): string {
  return counted.waitSeconds > 0
    ? ` ${counted.failures} failures in a row: further tries wait ${waitInWords(counted.waitSeconds)}.`
    : '';
}

/** Throws the 429 a failure that started a wait answers with; a failure before that returns. */
export function answerPause(counted: { waitSeconds: number }): void {
  if (counted.waitSeconds > 0) throw new TooManyTriesError(counted.waitSeconds);
}

export const LINK_LOCK_AFTER = TRY_LIMITS.linkLockAfter;
