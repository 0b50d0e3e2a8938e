import { describe, expect, it } from 'vitest';
import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { ok, problem, signIn } from './client';
import { demoPatient } from './fixtures';

// Edit contact's email guards as the API answers them, whatever the UI does: the same as Send
// Access Link's. They use the README's demo patients, skipped by name on a server without them.

describe('Update contact details', () => {
  it('refuses a domain that only looks familiar without its own confirmation, naming the field', async ({
    skip,
  }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, 'Robert Chen', skip);
    const read = ok(E.getPatient, await frontDesk.call(E.getPatient, { params: { id } }));
    const body = {
      email: 'robert.chen@xn--exmple-4nf.com',
      phone: read.phone,
      version: read.version,
    };
    const refused = problem(await frontDesk.call(E.updateContact, { params: { id }, body }), 400);
    expect(refused.errors).toEqual([
      {
        field: 'confirmedLookalikeDomain',
        message: expect.stringContaining('The domain reads as exаmple.com') as string,
      },
    ]);
    const after = ok(E.getPatient, await frontDesk.call(E.getPatient, { params: { id } }));
    expect(after).toMatchObject({ email: read.email, version: read.version });

    const saved = ok(
      E.updateContact,
      await frontDesk.call(E.updateContact, {
        params: { id },
        body: { ...body, confirmedLookalikeDomain: true },
      }),
    );
    expect(saved.email).toBe('robert.chen@xn--exmple-4nf.com');
  });

  it('refuses the address a link reached the wrong person at, naming the revoke (Olivia Martin)', async ({
    skip,
  }) => {
    const manager = await signIn('clinic_manager');
    const id = await demoPatient(manager, 'Olivia Martin', skip);
    const read = ok(E.getPatient, await manager.call(E.getPatient, { params: { id } }));
    ok(
      E.revokeAccess,
      await manager.call(E.revokeAccess, { params: { id }, body: { reason: 'wrong_person' } }),
    );
    const frontDesk = await signIn('front_desk');
    const version = read.version;
    const refused = problem(
      await frontDesk.call(E.updateContact, {
        params: { id },
        body: { email: read.email, phone: read.phone, version },
      }),
      400,
    );
    expect(refused.type).toBe('revoked-address');
    expect(refused.errors).toEqual([
      {
        field: 'email',
        message: expect.stringMatching(
          /^Access was revoked on .* because a link sent to .* reached the wrong person\./,
        ) as string,
      },
    ]);

    const saved = ok(
      E.updateContact,
      await frontDesk.call(E.updateContact, {
        params: { id },
        body: { email: 'olivia.martin@example.com', phone: read.phone, version },
      }),
    );
    expect(saved).toMatchObject({ email: 'olivia.martin@example.com', emailProblem: null });
  });
});
