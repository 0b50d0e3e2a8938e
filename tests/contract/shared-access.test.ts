import { describe, expect, it } from 'vitest';
import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { grantSchema, SCOPE_CATEGORIES } from '../../src/api/contract/shared-access';
import { ok, onMock, problem, signedOut, signIn, type Caller } from './client';
import { auditCount, demoPatient } from './fixtures';

type Skip = (note: string) => never;

/** Thomas Wright's demo grant to his son Michael (README, "Demo patients"), while it is live. */
async function michaelsGrant(caller: Caller, skip: Skip) {
  const thomas = await demoPatient(caller, 'Thomas Wright', skip);
  const { grants } = ok(
    E.patientSharedAccess,
    await caller.call(E.patientSharedAccess, { params: { id: thomas } }),
  );
  const grant = grants.find(
    (g) => g.carePartner.name === 'Michael Wright' && ['active', 'invited'].includes(g.status),
  );
  if (grant) return { thomas, grant };
  if (onMock) throw new Error("The mock clinic lacks Michael Wright's active grant");
  return skip("needs Michael Wright's active grant to Thomas Wright on the server under test");
}

/** A scope other than the grant's, so every save makes a new version. */
const otherScope = (scope: readonly string[]) =>
  scope.length === 2 ? ['appointments'] : ['appointments', 'billing'];

describe('editing a shared-access grant', () => {
  it('answers 401, then 400, then 404, then 403, then 409 with the current grant', async ({
    skip,
  }) => {
    const frontDesk = await signIn('front_desk');
    const experience = await signIn('patient_experience');
    const { grant } = await michaelsGrant(experience, skip);
    const nobody = { id: 'grant_nobody' };
    const good = {
      version: grant.version,
      scope: otherScope(grant.scope),
      until: null,
      confidentialReason: null,
    };
    const bad = { ...good, scope: [] };

    const signedOutAll = problem(
      await signedOut.call(E.editGrant, { params: nobody, body: bad, key: null }),
      401,
    );
    expect(signedOutAll.errors).toBeUndefined();

    const invalid = problem(
      await frontDesk.call(E.editGrant, { params: nobody, body: bad, key: null }),
      400,
    );
    expect(invalid.errors).toEqual([
      { field: 'scope', message: 'Choose at least one category the care partner may see.' },
    ]);
    const noKey = problem(
      await frontDesk.call(E.editGrant, { params: nobody, body: good, key: null }),
      400,
    );
    expect(noKey.type).toBe('idempotency-key-missing');

    problem(await frontDesk.call(E.editGrant, { params: nobody, body: good }), 404);

    // Front desk may not change shared access: the 403 tells nothing about the grant.
    const forbidden = problem(
      await frontDesk.call(E.editGrant, { params: { id: grant.id }, body: good }),
      403,
    );
    expect(forbidden.detail).toMatch(/patient experience or a clinic manager/);
    expect(forbidden.current).toBeUndefined();

    const saved = ok(
      E.editGrant,
      await experience.call(E.editGrant, { params: { id: grant.id }, body: good }),
    );
    expect(saved).toMatchObject({ scope: good.scope, until: null, version: grant.version + 1 });

    // A second desk still holds the version it read before that save.
    const stale = { ...good, scope: [...SCOPE_CATEGORIES] };
    const conflict = problem(
      await experience.call(E.editGrant, { params: { id: grant.id }, body: stale }),
      409,
    );
    expect(conflict.type).toBe('stale-version');
    expect(grantSchema.parse(conflict.current)).toMatchObject({
      id: grant.id,
      scope: good.scope,
      version: saved.version,
    });
  });

  it('replays a retried edit with the same key, and audits it once', async ({ skip }) => {
    const manager = await signIn('clinic_manager');
    const { thomas, grant } = await michaelsGrant(manager, skip);
    const before = await auditCount(manager, thomas, 'Shared access changed');
    const key = crypto.randomUUID();
    const body = {
      version: grant.version,
      scope: otherScope(grant.scope),
      until: null,
      confidentialReason: null,
    };
    const first = await manager.call(E.editGrant, { params: { id: grant.id }, body, key });
    const again = await manager.call(E.editGrant, { params: { id: grant.id }, body, key });
    expect(ok(E.editGrant, again)).toEqual(ok(E.editGrant, first));
    expect(await auditCount(manager, thomas, 'Shared access changed')).toBe(before + 1);
  });
});
