// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { serverIdleMs, SESSION_TIMING } from '../../src/lib/session-timing';
import { TEST_NOW } from '../db';
import { createSeed } from '../seed';
import { authenticate, signIn, signOut } from './session';

const T0 = Date.parse(TEST_NOW);
const MINUTE = 60_000;
const felix = { email: 'frontdesk@clinic.example', password: 'demo' };

function signedIn() {
  const store = createSeed(TEST_NOW);
  signIn(store, felix, 'tok', null, T0);
  return store;
}

describe('staff sessions', () => {
  it('works while in use', () => {
    const store = signedIn();
    expect(authenticate(store, 'tok', T0 + 10 * MINUTE).name).toBe('Felix Moreno');
  });

  it('ends after the idle time without a request (a session idle for 72 hours no longer works)', () => {
    const store = signedIn();
    expect(() => authenticate(store, 'tok', T0 + 72 * 60 * MINUTE)).toThrow(/without activity/);
    const fresh = signedIn();
    expect(() => authenticate(fresh, 'tok', T0 + serverIdleMs + 1)).toThrow(/without activity/);
    // Once ended it stays ended, even if used again at once.
    expect(() => authenticate(fresh, 'tok', T0 + serverIdleMs + 2)).toThrow(/Signed out/);
  });

  it('matches the idle logoff of the screen: 15 minutes plus the 2-minute warning', () => {
    expect(SESSION_TIMING.idleMs).toBe(15 * MINUTE);
    expect(serverIdleMs).toBe(17 * MINUTE);
  });

  it('ends 12 hours after sign-in, however active', () => {
    const store = signedIn();
    for (let t = T0; t < T0 + SESSION_TIMING.absoluteMs; t += 10 * MINUTE)
      authenticate(store, 'tok', t);
    expect(() => authenticate(store, 'tok', T0 + SESSION_TIMING.absoluteMs + MINUTE)).toThrow(
      /12 hours/,
    );
  });

  it('ends on sign-out, so a copied token no longer works', () => {
    const store = signedIn();
    signOut(store, 'tok');
    expect(() => authenticate(store, 'tok', T0 + MINUTE)).toThrow(/Signed out/);
  });

  it("ends the browser's previous session when someone signs in over it", () => {
    const store = signedIn();
    signIn(
      store,
      { email: 'manager@clinic.example', password: 'demo' },
      'tok2',
      'tok',
      T0 + MINUTE,
    );
    expect(() => authenticate(store, 'tok', T0 + 2 * MINUTE)).toThrow(/Signed out/);
    expect(authenticate(store, 'tok2', T0 + 2 * MINUTE).role).toBe('clinic_manager');
  });
});
