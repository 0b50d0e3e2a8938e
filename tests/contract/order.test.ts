import { describe, expect, it } from 'vitest';
import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { patientSchema } from '../../src/api/contract/patient';
import { hasAccessToRevoke } from '../../src/lib/access-rules';
import { ok, problem, signedOut, signIn } from './client';
import { demoPatient } from './fixtures';

// Every endpoint checks in one order: authenticate 401, validate 400, find 404, authorize 403,
// conflicts 409. Each step below fixes one fault and leaves the later ones in place.
describe('the order of checks', () => {
  it('answers 401, then 400, then 404, then 403, then 409 on Revoke Access', async ({ skip }) => {
    const frontDesk = await signIn('front_desk');
    const manager = await signIn('clinic_manager');
    const olivia = await demoPatient(frontDesk, 'Olivia Martin', skip);
    const grace = await demoPatient(frontDesk, 'Grace Lee', skip);
    const nobody = { id: 'pat_nobody' };
    const bad = { reason: 'because' };
    const good = { reason: 'wrong_person' };

    const signedOutAll = problem(
      await signedOut.call(E.revokeAccess, { params: nobody, body: bad, key: null }),
      401,
    );
    expect(signedOutAll.errors).toBeUndefined();

    const invalid = problem(
      await frontDesk.call(E.revokeAccess, { params: nobody, body: bad, key: null }),
      400,
    );
    expect(invalid.errors?.map((e) => e.field)).toEqual(['reason']);
    expect(invalid.errors?.[0]?.message).toBe('Choose a reason for revoking access.');

    const noKey = problem(
      await frontDesk.call(E.revokeAccess, { params: nobody, body: good, key: null }),
      400,
    );
    expect(noKey.type).toBe('idempotency-key-missing');

    problem(await frontDesk.call(E.revokeAccess, { params: nobody, body: good }), 404);

    // Olivia's access was used: only a clinic manager may revoke it. The 403 tells nothing more.
    const forbidden = problem(
      await frontDesk.call(E.revokeAccess, { params: { id: olivia }, body: good }),
      403,
    );
    expect(forbidden.detail).toMatch(/Only a clinic manager can revoke it/);
    expect(forbidden.current).toBeUndefined();

    // Grace Lee: expired code, no account (on a server someone used, first take back what is there).
    const status = ok(
      E.getAccessStatus,
      await manager.call(E.getAccessStatus, { params: { id: grace } }),
    );
    if (hasAccessToRevoke(status))
      ok(E.revokeAccess, await manager.call(E.revokeAccess, { params: { id: grace }, body: good }));
    // Nothing to revoke, and the 409 says what is there.
    const conflict = problem(
      await manager.call(E.revokeAccess, { params: { id: grace }, body: good }),
      409,
    );
    expect(conflict.type).toBe('nothing-to-revoke');
    expect(conflict.current).toMatchObject({ account: null, patient: { id: grace } });
  });

  it('answers 401 before 403 on the audit log, and 400 before 403 for a bad page', async () => {
    problem(await signedOut.call(E.auditLog, { query: { page: 0 } }), 401);
    const frontDesk = await signIn('front_desk');
    problem(await frontDesk.call(E.auditLog, { query: { page: 0 } }), 400);
    const forbidden = problem(await frontDesk.call(E.auditLog), 403);
    expect(forbidden.detail).toBe('The full audit log is for clinic managers.');
    const manager = await signIn('clinic_manager');
    expect(ok(E.auditLog, await manager.call(E.auditLog)).items.length).toBeGreaterThan(0);
  });

  it('answers a wrong password with a 401 problem naming the field', async () => {
    const res = await signedOut.call(E.signIn, {
      body: { email: 'frontdesk@clinic.example', password: 'not-the-password' },
    });
    expect(problem(res, 401).errors).toEqual([
      { field: 'password', message: 'Email or password is not right.' },
    ]);
  });
});

describe('a stale version', () => {
  it('is a 409 carrying the record as it is now, and changes nothing', async ({ skip }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, 'Robert Chen', skip);
    const read = ok(E.getPatient, await frontDesk.call(E.getPatient, { params: { id } }));
    // A phone that differs from the one on file, so the save makes a new version.
    const phone = read.phone === '555-0100' ? '555-0109' : '555-0100';
    const first = { email: read.email, phone, version: read.version };
    const saved = ok(
      E.updateContact,
      await frontDesk.call(E.updateContact, { params: { id }, body: first }),
    );
    expect(saved.version).toBe(read.version + 1);

    // A second desk still holds the version it read before that save.
    const stale = { email: read.email, phone: '555-0199', version: read.version };
    const conflict = problem(
      await frontDesk.call(E.updateContact, { params: { id }, body: stale }),
      409,
    );
    expect(conflict.type).toBe('stale-version');
    const current = patientSchema.parse(conflict.current);
    expect(current).toMatchObject({ id, phone, version: saved.version });
    const after = ok(E.getPatient, await frontDesk.call(E.getPatient, { params: { id } }));
    expect(after.phone).toBe(phone);
  });

  it('is a 409 too when a send corrects the email against an old version', async ({ skip }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, 'Robert Chen', skip);
    const read = ok(E.getPatient, await frontDesk.call(E.getPatient, { params: { id } }));
    ok(
      E.updateContact,
      await frontDesk.call(E.updateContact, {
        params: { id },
        body: {
          email: read.email,
          phone: read.phone === '555-0177' ? '555-0178' : '555-0177',
          version: read.version,
        },
      }),
    );
    const res = await frontDesk.call(E.sendAccessLink, {
      params: { id },
      body: {
        email: 'r.chen@example.com',
        confirmedWithPatient: true,
        version: read.version,
        issueCodeIfNone: true,
      },
    });
    const conflict = problem(res, 409);
    expect(conflict.type).toBe('stale-version');
    expect(patientSchema.parse(conflict.current).email).toBe(read.email);
  });
});
