import type { DbAccount } from '../db';
import { recordAudit, type Store } from './context';
import { UnauthenticatedError } from './errors';
import { verifyPassword } from './passwords';
import { accountByEmail } from './records';
import {
  answerPause,
  countFailure,
  forgetFailures,
  pauseNote,
  refuseWhileWaiting,
  triesOf,
} from './tries';

/**
 * Every place a patient or care partner types their portal password: the portal home, linking a
 * record through its link, accepting a shared-access invitation, the care partner's log-in. One
 * count per account (by the email tried), whichever page the guesses come through; `alsoCounted`
 * adds what else the try is made through (an invitation). Failures and refusals are audited with
 * the email tried, never the password.
 *
 * The hash is worked out first, the only wait; the count is then read and changed in one step
 * with no wait inside, so guesses sent at once cannot all slip past the count while their hashes
 * are worked out: each is refused if an earlier one started a wait, and its hash's result is not
 * used.
 */
export async function checkPortalPassword(
  store: Store,
  input: { email: string; password: string },
  where: { page: string; patientId: string | null; alsoCounted?: string[] },
  message: string,
  now: string,
  nowMs: number,
): Promise<DbAccount> {
  const tried = accountByEmail(store, input.email);
  const matches = await verifyPassword(input.password, tried?.passwordHash ?? null);
  const keys = [triesOf.portalAccount(input.email), ...(where.alsoCounted ?? [])];
  const logTry = (action: string, details: string) =>
    recordAudit(store, { name: input.email, role: null }, where.patientId, action, details, now);
  refuseWhileWaiting(store, keys, nowMs, (wait) =>
    logTry(
      'Portal log-in refused: too many tries',
      `Too many failed log-ins for ${input.email} (${where.page}): the password was not checked. Next try in ${wait}.`,
    ),
  );
  const account = accountByEmail(store, input.email);
  if (!account || account !== tried || !matches) {
    const counted = keys.map((key) => countFailure(store, key, nowMs));
    // The longest wait any of them started is the one answered.
    const worst = counted.reduce((a, b) => (b.waitSeconds > a.waitSeconds ? b : a));
    const known = account ? 'a portal account' : 'no portal account';
    logTry(
      'Portal log-in failed',
      `Wrong email or password for ${input.email} (${known}; ${where.page}).${pauseNote(worst)}`,
    );
    answerPause(worst);
    throw new UnauthenticatedError('Email or password is not right', message, [
      { field: 'password', message },
    ]);
  }
  forgetFailures(store, ...keys);
  return account;
}
