import { describe, expect, it } from 'vitest';
import { sendAccessLink } from './access-code';
import { GoneError, InvalidError, NotFoundError, UnauthenticatedError } from './errors';
import { linkThroughLink, openAccessLink, registerThroughLink } from './portal';
import { idOf, robertsLink, testClinic } from './test-clinic';

/** Robert Chen's link, just emailed to him: the code and its link token. */
function robertsFreshLink() {
  const { store, now, as } = testClinic();
  const code = robertsLink(store, now, as);
  return { store, now, code, token: code.linkToken };
}

describe('patient-portal services', () => {
  it('registers through a valid link and gives the record full access', async () => {
    const { store, now, token } = robertsFreshLink();
    const link = openAccessLink(store, { token }, now);
    expect(link).toMatchObject({
      state: 'valid',
      patientFirstName: 'Robert',
      accountExists: false,
    });
    const result = await registerThroughLink(
      store,
      { token, code: link.code!, password: 'Correct-horse-1' },
      now,
      0,
    );
    expect(result).toEqual({
      accountEmail: 'robert.chen@example.com',
      records: [{ name: 'Robert Chen', access: 'full' }],
    });
  });

  it('tells a dead link apart from a wrong code and an unknown link', async () => {
    const { store, now } = testClinic();
    const grace = store.codes.find((c) => c.patientId === idOf(store, 'Grace Lee'))!;
    expect(openAccessLink(store, { token: grace.linkToken }, now)).toMatchObject({
      state: 'expired',
      code: null,
      patientFirstName: null,
    });
    await expect(
      registerThroughLink(
        store,
        { token: grace.linkToken, code: grace.code, password: 'Correct-horse-1' },
        now,
        0,
      ),
    ).rejects.toThrow(GoneError);
    // On a dead link, the link is what is wrong, whatever code was typed.
    await expect(
      registerThroughLink(
        store,
        { token: grace.linkToken, code: 'WRONG234', password: 'Correct-horse-1' },
        now,
        0,
      ),
    ).rejects.toMatchObject({ type: 'link-expired', title: 'This link has expired' });
    await expect(
      registerThroughLink(
        store,
        { token: null, code: 'WRONG234', password: 'Correct-horse-1' },
        now,
        0,
      ),
    ).rejects.toThrow(InvalidError);
    expect(() => openAccessLink(store, { token: 'lnk-nothing' }, now)).toThrow(NotFoundError);
  });

  it('links into an existing account only with its password', async () => {
    const { store, now } = testClinic();
    const james = store.codes.find((c) => c.patientId === idOf(store, "James O'Brien"))!;
    const attempt = (password: string) =>
      linkThroughLink(
        store,
        { token: james.linkToken, code: james.code, email: 'maria.garcia@example.com', password },
        now,
        0,
      );
    await expect(attempt('not-her-password-1')).rejects.toThrow(UnauthenticatedError);
    expect((await attempt('Portal-demo-1')).records.map((r) => r.name)).toContain("James O'Brien");
  });

  it("refuses a login for another patient's email through someone else's link", async () => {
    const { store, now, as } = testClinic();
    // James's link sent by mistake to Robert Chen's email, which is on file for Robert.
    const { code } = sendAccessLink(
      store,
      as('clinic_manager'),
      {
        patientId: idOf(store, "James O'Brien"),
        email: 'robert.chen@example.com',
        confirmedWithPatient: true,
        version: 1,
        issueCodeIfNone: true,
      },
      now,
    );
    const sent = store.codes.find((c) => c.id === code.id)!;
    await expect(
      registerThroughLink(
        store,
        { token: sent.linkToken, code: sent.code, password: 'Correct-horse-1' },
        now,
        0,
      ),
    ).rejects.toMatchObject({ type: 'email-of-another-patient' });
    expect(store.accounts.some((a) => a.email === 'robert.chen@example.com')).toBe(false);
    expect(store.audit.at(-1)).toMatchObject({
      action: 'Portal registration refused',
      patientId: idOf(store, "James O'Brien"),
    });
    expect(openAccessLink(store, { token: sent.linkToken }, now).state).toBe('valid');
  });

  it('says the link expired when it expired while the page was open, not that the code is wrong', async () => {
    const { store, now, code, token } = robertsFreshLink();
    const opened = openAccessLink(store, { token }, now);
    expect(opened.state).toBe('valid');
    const later = new Date(Date.parse(code.expiresAt) + 60_000).toISOString();
    for (const typed of [opened.code!, opened.code!.slice(0, 7)]) {
      await expect(
        registerThroughLink(store, { token, code: typed, password: 'Correct-horse-1' }, later, 0),
        typed,
      ).rejects.toMatchObject({
        type: 'link-expired',
        detail: 'Links from the clinic work for 5 days. Ask the clinic for a new link.',
      });
    }
    expect(store.accounts.some((a) => a.email === 'robert.chen@example.com')).toBe(false);
  });
});
