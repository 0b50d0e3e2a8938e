// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { TRY_LIMITS } from '../../src/lib/try-limits';
import { getAccessStatus, sendAccessLink } from './access-code';
import type { Store } from './context';
import {
  DomainError,
  GoneError,
  InvalidError,
  TooManyTriesError,
  UnauthenticatedError,
} from './errors';
import { linkThroughLink, logInToPortal, openAccessLink, registerThroughLink } from './portal';
import { signIn } from './session';
import { careHome } from './shared-access-portal';
import { idOf, restartableClinic, robertsLink, testClinic } from './test-clinic';

interface Outcome {
  status: number;
  wait?: number;
  type?: string;
}

/** What one try answered: the status the HTTP layer gives it, and its wait if any. */
function outcome(work: () => unknown): Outcome {
  try {
    work();
    return { status: 200 };
  } catch (e) {
    return statusOf(e);
  }
}

/** The same, for a try whose password is hashed (the portal's). */
async function settled(work: () => Promise<unknown>): Promise<Outcome> {
  try {
    await work();
    return { status: 200 };
  } catch (e) {
    return statusOf(e);
  }
}

function statusOf(e: unknown): Outcome {
  if (e instanceof TooManyTriesError) return { status: 429, wait: e.retryAfterSeconds };
  if (e instanceof UnauthenticatedError) return { status: 401 };
  if (e instanceof InvalidError) return { status: 400 };
  if (e instanceof GoneError) return { status: 410, type: e.type };
  throw e;
}

const T0 = Date.UTC(2026, 10, 23, 9);
const STAFF = 'frontdesk@clinic.example';
const MARIA = { email: 'maria.garcia@example.com', password: 'Portal-demo-1' };
const MICHAEL = { email: 'michael.wright@example.com', password: 'Portal-demo-3' };

function countActions(store: Store, action: string): number {
  return store.audit.filter((a) => a.action === action).length;
}

describe('guessing is slowed: a wait after 5 failures, which doubles', () => {
  it('50 wrong staff passwords, then the right one: refused (429) until the wait is over', () => {
    const { store } = testClinic();
    const before = countActions(store, 'Sign-in failed');
    const tryPassword = (password: string, at: number) =>
      outcome(() => signIn(store, { email: STAFF, password }, `tok${at}`, null, at));

    const answers = Array.from({ length: 50 }, () => tryPassword('guess', T0));
    expect(answers.slice(0, 4).map((a) => a.status)).toEqual([401, 401, 401, 401]);
    expect(answers[4]).toEqual({ status: 429, wait: 30 });
    expect(answers.slice(5).every((a) => a.status === 429)).toBe(true);

    expect(tryPassword('demo', T0)).toEqual({ status: 429, wait: 30 });
    expect(tryPassword('demo', T0 + 29_000)).toEqual({ status: 429, wait: 1 });
    expect(tryPassword('demo', T0 + 30_000)).toEqual({ status: 200 });
    // Signed in, the count starts again: the next failure is a plain 401.
    expect(tryPassword('guess', T0 + 31_000).status).toBe(401);

    // Every failure and every refusal is in the audit log, with the email tried.
    expect(countActions(store, 'Sign-in failed') - before).toBe(6);
    expect(countActions(store, 'Sign-in refused: too many tries')).toBe(47);
    expect(
      store.audit.find((a) => a.details.includes('further tries wait 30 seconds')),
    ).toMatchObject({
      actorName: STAFF,
      actorRole: null,
    });
  });

  it('each failure after the 5th doubles the wait, up to an hour', () => {
    const { store } = testClinic();
    let at = T0;
    const waits: number[] = [];
    for (let i = 0; i < 14; i += 1) {
      const answer = outcome(() =>
        signIn(store, { email: 'Nobody@Clinic.example', password: 'x' }, 'tok', null, at),
      );
      if (answer.wait) {
        waits.push(answer.wait);
        at += answer.wait * 1000;
      }
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
    // The same email in another case is the same account: still waiting.
    expect(
      outcome(() =>
        signIn(store, { email: 'nobody@clinic.example', password: 'x' }, 't', null, at - 1),
      ).status,
    ).toBe(429);
  });

  it("counts a portal account's failures together, whichever page they come through", async () => {
    const { store, now } = testClinic();
    const wrong = { ...MARIA, password: 'not-her-password-1' };
    const home = (creds: typeof MARIA, at = T0) =>
      settled(() => logInToPortal(store, creds, now, at));
    const care = (creds: typeof MARIA, at = T0) => settled(() => careHome(store, creds, now, at));

    const first = [await home(wrong), await care(wrong), await home(wrong), await care(wrong)];
    expect(first.map((a) => a.status)).toEqual([401, 401, 401, 401]);
    expect(await home(wrong)).toEqual({ status: 429, wait: 30 });
    for (let i = 0; i < 45; i += 1) expect((await care(wrong)).status).toBe(429);
    expect(await home(MARIA)).toEqual({ status: 429, wait: 30 });
    expect(await home(MARIA, T0 + 30_000)).toEqual({ status: 200 });
    expect(countActions(store, 'Portal log-in failed')).toBe(5);
    expect(countActions(store, 'Portal log-in refused: too many tries')).toBe(46);
  });

  it("slows a care partner's log-in the same way", async () => {
    const { store, now } = testClinic();
    const tryIt = (password: string, at: number) =>
      settled(() => careHome(store, { ...MICHAEL, password }, now, at));
    const answers: Outcome[] = [];
    for (let i = 0; i < 50; i += 1) answers.push(await tryIt('guess-1', T0));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(4);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(46);
    expect((await tryIt(MICHAEL.password, T0 + 29_999)).status).toBe(429);
    expect((await tryIt(MICHAEL.password, T0 + 30_000)).status).toBe(200);
  });
});

describe('a Medical Records Access Link locks after 10 wrong codes', () => {
  it('300 wrong codes, waiting out every wait: locked after the 10th, the right code no longer opens it', async () => {
    const { store, now, as } = testClinic();
    const link = robertsLink(store, now, as);
    const register = (code: string, at: number) =>
      settled(() =>
        registerThroughLink(
          store,
          { token: link.linkToken, code, password: 'Correct-horse-1' },
          now,
          at,
        ),
      );
    let at = T0;
    const statuses: number[] = [];
    for (let i = 0; i < 300; i += 1) {
      const answer = await register('WRONG234', at);
      statuses.push(answer.status);
      if (answer.wait) at += answer.wait * 1000;
    }
    // 4 wrong codes answered 400; the 5th to 9th each start a wait (30 s … 8 min); the 10th locks.
    expect(statuses.slice(0, 10)).toEqual([400, 400, 400, 400, 429, 429, 429, 429, 429, 410]);
    expect(statuses.slice(10).every((s) => s === 410)).toBe(true);
    expect(await register(link.code, at)).toEqual({ status: 410, type: 'link-locked' });
    expect(openAccessLink(store, { token: link.linkToken }, now).state).toBe('locked');

    // Staff see it on the Medical Access Code tab; the audit log has each wrong code and the lock.
    const status = getAccessStatus(store, as('front_desk'), { patientId: link.patientId }, now);
    expect(status.code).toMatchObject({ id: link.id, state: 'locked', lockedAt: now });
    expect(countActions(store, 'Wrong access code')).toBe(TRY_LIMITS.linkLockAfter - 1);
    expect(countActions(store, 'Access link locked')).toBe(1);

    // The way out: Send Access Link issues a new code, whose link works.
    const fresh = robertsLink(store, now, as);
    expect(fresh.id).not.toBe(link.id);
    expect(
      await settled(() =>
        registerThroughLink(
          store,
          { token: fresh.linkToken, code: fresh.code, password: 'Correct-horse-1' },
          now,
          at,
        ),
      ),
    ).toEqual({ status: 200 });
  });

  it('a wrong code while waiting is refused unchecked, so it neither counts nor locks', async () => {
    const { store, now, as } = testClinic();
    const link = robertsLink(store, now, as);
    const tryCode = (code: string) =>
      settled(() => linkThroughLink(store, { token: link.linkToken, code, ...MARIA }, now, T0));
    const answers: Outcome[] = [];
    for (let i = 0; i < 300; i += 1) answers.push(await tryCode('WRONG234'));
    expect(answers.filter((a) => a.status === 400)).toHaveLength(4);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(296);
    expect(store.codes.find((c) => c.id === link.id)!.lockedAt).toBeNull();
    expect(await tryCode(link.code)).toEqual({ status: 429, wait: 30 });
  });
});

describe('the counts are saved with the refusal, and survive a restart', () => {
  it('keeps failed sign-ins, the wait and the lock across a save and a reload', async () => {
    const clinic = restartableClinic();
    const staffTry = (password: string, at: number) =>
      clinic.request((s) => signIn(s, { email: STAFF, password }, `t${at}`, null, at));
    for (let i = 0; i < 4; i += 1) {
      await staffTry('guess', T0);
      clinic.restart();
    }
    // Four failures, each followed by a restart: the fifth still starts the wait.
    expect(await staffTry('guess', T0)).toMatchObject({ retryAfterSeconds: 30 });
    clinic.restart();
    expect(await staffTry('demo', T0 + 10_000)).toBeInstanceOf(TooManyTriesError);
    clinic.restart();
    expect(await staffTry('demo', T0 + 30_000)).not.toBeInstanceOf(DomainError);

    // A link: wrong codes with a restart after each, waiting out each wait, lock at the 10th.
    const { code } = (await clinic.request((s) =>
      sendAccessLink(
        s,
        clinic.as('front_desk'),
        {
          patientId: idOf(s, 'Robert Chen'),
          email: 'robert.chen@example.com',
          confirmedWithPatient: true,
          version: 1,
          issueCodeIfNone: true,
        },
        clinic.now,
      ),
    )) as ReturnType<typeof sendAccessLink>;
    const token = clinic.live().codes.find((c) => c.id === code.id)!.linkToken;
    let at = T0;
    for (let i = 0; i < 10; i += 1) {
      const answer = await clinic.request((s) =>
        registerThroughLink(
          s,
          { token, code: 'WRONG234', password: 'Correct-horse-1' },
          clinic.now,
          at,
        ),
      );
      if (answer instanceof TooManyTriesError) at += answer.retryAfterSeconds * 1000;
      clinic.restart();
    }
    expect(openAccessLink(clinic.live(), { token }, clinic.now).state).toBe('locked');
    expect(clinic.live().audit.filter((a) => a.action === 'Access link locked')).toHaveLength(1);
  });
});
