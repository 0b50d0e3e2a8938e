import { afterEach, describe, expect, it } from 'vitest';
import { idempotency, setChaos } from '../../mocks/http';
import { IdempotencyStore } from '../../mocks/idempotency';
import { runtime } from '../../mocks/runtime';
import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { ok, onMock, problem, signIn } from './client';
import { demoPatient } from './fixtures';

// What only the in-process mock clinic can show: its idempotency store and its saving step.
// Against a server these cases are skipped by name; the store's own rules run on a fake clock.
describe.skipIf(!onMock)('the mock clinic’s idempotency store (in-process mock only)', () => {
  const persist = runtime.persist;
  afterEach(() => {
    runtime.persist = persist;
  });

  it('holds no access code and no key in clear', async ({ skip }) => {
    const manager = await signIn('clinic_manager');
    const id = await demoPatient(manager, "James O'Brien", skip);
    const key = `reveal-${crypto.randomUUID()}`;
    const { code } = ok(
      E.revealAccessCode,
      await manager.call(E.revealAccessCode, { params: { id }, key }),
    );
    const letter = ok(E.getPrintLetter, await manager.call(E.getPrintLetter, { params: { id } }));
    expect(letter.code).toBe(code);
    ok(
      E.printAccessCode,
      await manager.call(E.printAccessCode, {
        params: { id },
        body: { codeId: letter.codeId },
        key: `${key}-print`,
      }),
    );
    const { ids, stored } = idempotency.snapshot();
    expect(ids).toHaveLength(2);
    for (const held of [...ids, stored]) {
      expect(held).not.toContain(code);
      expect(held).not.toContain(key);
      expect(held).not.toContain(id);
    }
  });

  it('answers 409 to the same key while the first request is still being saved', async ({
    skip,
  }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, 'Robert Chen', skip);
    let release = () => {};
    runtime.persist = () => new Promise<void>((resolve) => (release = resolve));
    const key = crypto.randomUUID();
    const body = { confirmReplace: true };
    const first = frontDesk.call(E.requestAccessCode, { params: { id }, body, key });
    await expect.poll(() => idempotency.snapshot().ids.length).toBe(1);
    const second = await frontDesk.call(E.requestAccessCode, { params: { id }, body, key });
    expect(problem(second, 409).type).toBe('idempotency-key-in-flight');
    release();
    runtime.persist = persist;
    const code = ok(E.requestAccessCode, await first);
    expect(
      ok(
        E.requestAccessCode,
        await frontDesk.call(E.requestAccessCode, { params: { id }, body, key }),
      ),
    ).toEqual(code);
  });

  it('fails the same requests again for the same chaos seed, so a failing run can be replayed', async () => {
    const frontDesk = await signIn('front_desk');
    const statuses = async (seed: number) => {
      setChaos({ latencyMs: 0, failureRate: 0.5, seed });
      const seen: number[] = [];
      for (let i = 0; i < 24; i += 1)
        seen.push((await frontDesk.call(E.currentSession, {})).status);
      setChaos({ failureRate: 0 });
      return seen.join(' ');
    };
    const first = await statuses(7);
    expect(first).toContain('503');
    expect(first).toContain('200');
    expect(await statuses(7)).toBe(first);
    expect(await statuses(8)).not.toBe(first);
  });

  it('keeps `__proto__` as one ordinary entry', async ({ skip }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, 'Robert Chen', skip);
    ok(
      E.requestAccessCode,
      await frontDesk.call(E.requestAccessCode, {
        params: { id },
        body: { confirmReplace: true },
        key: '__proto__',
      }),
    );
    expect(idempotency.snapshot().ids).toHaveLength(1);
    expect(Object.prototype).not.toHaveProperty('fingerprint');
  });
});

describe('IdempotencyStore', () => {
  it('forgets an entry once it expires', async () => {
    let now = 0;
    const store = new IdempotencyStore(1000, 100, () => now);
    expect(await store.begin('staff-1\nPOST /x', 'k', '{}')).toEqual({ kind: 'new' });
    await store.complete('staff-1\nPOST /x', 'k', 200, { ok: 1 });
    now = 999;
    expect(await store.begin('staff-1\nPOST /x', 'k', '{}')).toEqual({
      kind: 'replay',
      status: 200,
      body: { ok: 1 },
    });
    now = 1000;
    expect(await store.begin('staff-1\nPOST /x', 'k', '{}')).toEqual({ kind: 'new' });
  });

  it('forgets an abandoned request so the same key may try again', async () => {
    const store = new IdempotencyStore();
    await store.begin('s', 'k', '{}');
    expect(await store.begin('s', 'k', '{}')).toEqual({ kind: 'in-flight' });
    await store.abandon('s', 'k');
    expect(await store.begin('s', 'k', '{}')).toEqual({ kind: 'new' });
  });

  it('keeps at most its limit, dropping the oldest first', async () => {
    const store = new IdempotencyStore(60_000, 2, () => 0);
    for (const k of ['a', 'b', 'c']) {
      await store.begin('s', k, '{}');
      await store.complete('s', k, 200, k);
    }
    expect(store.snapshot().ids).toHaveLength(2);
    expect(await store.begin('s', 'c', '{}')).toMatchObject({ kind: 'replay', body: 'c' });
    expect(await store.begin('s', 'a', '{}')).toEqual({ kind: 'new' });
  });
});
