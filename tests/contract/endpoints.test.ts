import { describe, expect, it } from 'vitest';
import { ENDPOINTS, type Endpoint } from '../../src/api/contract/endpoints';
import { ok, problem, signedOut, signIn } from './client';

// Walks the whole registry, so an endpoint added to it is checked here without a new case.
const all = Object.entries(ENDPOINTS) as [string, Endpoint][];
const staffOnly = all.filter(([, e]) => e.auth === 'staff');
const readsById = all.filter(([, e]) => e.method === 'GET' && e.path.includes(':'));
const readsPlain = all.filter(
  ([, e]) => e.method === 'GET' && !e.path.includes(':') && e.auth === 'staff',
);
const params = (e: Endpoint): Record<string, string> =>
  Object.fromEntries([...e.path.matchAll(/:(\w+)/g)].map((m) => [m[1] ?? '', 'unknown_id_0']));

describe('every endpoint', () => {
  it.for(staffOnly)('%s answers a signed-out caller with a 401 problem', async ([, endpoint]) => {
    // Sent with neither body nor key: authentication is checked before anything else.
    const res = await signedOut.call(endpoint, { params: params(endpoint), key: null });
    expect(problem(res, 401).title).toBeTruthy();
  });

  it.for(readsById)('%s answers an unknown id with a 404 problem', async ([, endpoint]) => {
    const caller = endpoint.auth === 'staff' ? await signIn('clinic_manager') : signedOut;
    const res = await caller.call(endpoint, { params: params(endpoint) });
    expect(problem(res, 404).detail).toBeTruthy();
  });

  it.for(readsPlain)(
    '%s answers a clinic manager with its contract schema',
    async ([, endpoint], { skip }) => {
      const manager = await signIn('clinic_manager');
      const res = await manager.call(endpoint);
      if (endpoint.demoOnly && res.status === 404) skip('demo tools are not served by this server');
      expect(() => ok(endpoint, res)).not.toThrow();
    },
  );
});

describe('paths outside the contract', () => {
  it.for([
    ['GET', '/whatever'],
    ['GET', '/patients/unknown_id_0/whatever'],
    ['POST', '/whatever'],
    ['DELETE', '/patients/unknown_id_0'],
  ])('%s %s is a 404 problem, never the app page', async ([method, path]) => {
    const manager = await signIn('clinic_manager');
    const res = await manager.send(method ?? 'GET', path ?? '/');
    expect(typeof res.body).not.toBe('string');
    expect(problem(res, 404).title).toBeTruthy();
  });

  it('answers an unknown path to a signed-out caller with a problem, not the app page', async () => {
    const res = await signedOut.send('GET', '/whatever');
    expect(res.status === 404 || res.status === 401).toBe(true);
    problem(res, res.status);
  });
});
