// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Store } from './context';
import { commitEither } from './commit';
import { DomainError, GoneError, type InvalidError } from './errors';
import { signIn } from './session';
import { decideRequest } from './shared-access';
import { confirmInvitationDob, openInvitation } from './shared-access-portal';
import { APPROVE_SUSAN, testClinic } from './test-clinic';

/**
 * A clinic that saves a copy after every request, as the browser clinic does, and can restart
 * from that copy. Each request runs through `commitEither`, as the HTTP layer runs it.
 */
function restartableClinic() {
  const { store, now, as } = testClinic();
  let live: Store = store;
  let saved: Store = structuredClone(store);
  const save = () => {
    saved = structuredClone(live);
    return Promise.resolve();
  };
  /** One request: its answer, or the refusal it got. */
  const request = async <T>(work: (s: Store) => T): Promise<T | DomainError> => {
    try {
      return await commitEither(() => work(live), save);
    } catch (e) {
      if (e instanceof DomainError) return e;
      throw e;
    }
  };
  const restart = () => {
    live = structuredClone(saved);
  };
  return { now, as, request, restart, live: () => live };
}

describe('a refusal that counts is saved', () => {
  it('wrong dates of birth keep counting across restarts, and the void stays', async () => {
    const clinic = restartableClinic();
    await clinic.request((s) =>
      decideRequest(
        s,
        clinic.as('patient_experience'),
        'preq_3tq9wz6hkm4c',
        APPROVE_SUSAN,
        clinic.now,
      ),
    );
    const token = clinic.live().proxyGrants.find((g) => g.requestId === 'preq_3tq9wz6hkm4c')!
      .invitation!.token;
    const wrong = () =>
      clinic.request((s) =>
        confirmInvitationDob(s, token, { dateOfBirth: '1999-01-01' }, clinic.now),
      );

    expect(((await wrong()) as InvalidError).detail).toMatch(/2 tries left/);
    expect(((await wrong()) as InvalidError).detail).toMatch(/1 try left/);
    clinic.restart();
    expect(openInvitation(clinic.live(), token, clinic.now).triesLeft).toBe(1);
    expect(await wrong()).toBeInstanceOf(GoneError);
    clinic.restart();
    expect(openInvitation(clinic.live(), token, clinic.now).state).toBe('void');
    expect(
      clinic.live().audit.filter((a) => a.action === 'Shared access invitation void'),
    ).toHaveLength(1);
  });

  it('failed staff sign-ins are still in the audit log after a restart', async () => {
    const clinic = restartableClinic();
    const failures = () => clinic.live().audit.filter((a) => a.action === 'Sign-in failed').length;
    const before = failures();
    for (let i = 0; i < 3; i += 1) {
      const answer = await clinic.request((s) =>
        signIn(s, { email: 'frontdesk@clinic.example', password: 'guess' }, 'tok', null, 0),
      );
      expect(answer).toBeInstanceOf(DomainError);
    }
    clinic.restart();
    expect(failures() - before).toBe(3);
  });
});
