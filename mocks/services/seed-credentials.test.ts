// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { DEMO_CREDENTIALS } from '../seed-credentials';
import { verifyPassword } from './passwords';
import { testClinic } from './test-clinic';

describe('the demo accounts', () => {
  it('hold only salted hashes, each matching its published password', async () => {
    for (const [password, hash] of Object.entries(DEMO_CREDENTIALS)) {
      expect(await verifyPassword(password, hash), password).toBe(true);
      expect(await verifyPassword(`${password}x`, hash), password).toBe(false);
    }
    const { store } = testClinic();
    expect(store.accounts.length).toBeGreaterThan(0);
    for (const a of store.accounts) {
      expect(Object.keys(a)).not.toContain('password');
      expect(Object.values(DEMO_CREDENTIALS)).toContain(a.passwordHash);
    }
  });
});
