import { describe, expect, it } from 'vitest';
import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { ok, problem, signIn } from './client';
import { demoPatient, outboxCount } from './fixtures';

// The Medical Access Code rules as the API answers them, whatever the UI does. They use the demo
// patients of the README, so against a server without them they are skipped by name.
const send = (email: string, version: number) => ({
  email,
  confirmedWithPatient: true,
  version,
  issueCodeIfNone: true,
});

describe('Medical Access Code API', () => {
  it('answers 404 for an unknown patient', async () => {
    const frontDesk = await signIn('front_desk');
    const nobody = { id: 'pat_nobody' };
    expect(problem(await frontDesk.call(E.getAccessStatus, { params: nobody }), 404).title).toBe(
      'Patient not found',
    );
    problem(await frontDesk.call(E.getPrintLetter, { params: nobody }), 404);
    problem(
      await frontDesk.call(E.printAccessCode, { params: nobody, body: { codeId: 'x' } }),
      404,
    );
  });

  it('refuses to replace an active code without confirmation (409), keeping it', async ({
    skip,
  }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, "James O'Brien", skip);
    const before = ok(
      E.getAccessStatus,
      await frontDesk.call(E.getAccessStatus, { params: { id } }),
    );
    const res = await frontDesk.call(E.requestAccessCode, {
      params: { id },
      body: { confirmReplace: false },
    });
    const conflict = problem(res, 409);
    expect(conflict.type).toBe('active-code-exists');
    expect(conflict.detail).toMatch(/stop working/);
    expect(conflict.current).toMatchObject({ id: before.code?.id, state: 'active' });
    const after = ok(
      E.getAccessStatus,
      await frontDesk.call(E.getAccessStatus, { params: { id } }),
    );
    expect(after.code?.id).toBe(before.code?.id);
  });

  it('will not print or reveal an expired code (Grace Lee)', async ({ skip }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, 'Grace Lee', skip);
    expect(problem(await frontDesk.call(E.getPrintLetter, { params: { id } }), 409).type).toBe(
      'no-active-code',
    );
    problem(await frontDesk.call(E.revealAccessCode, { params: { id } }), 409);
  });

  it('refuses a send the patient did not confirm, naming the field (400)', async ({ skip }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, 'Robert Chen', skip);
    const res = await frontDesk.call(E.sendAccessLink, {
      params: { id },
      body: { ...send('robert.chen@example.com', 1), confirmedWithPatient: false },
    });
    expect(problem(res, 400).errors).toEqual([
      { field: 'confirmedWithPatient', message: 'Confirm the email address with the patient.' },
    ]);
  });

  it('bounces a typo domain, and the demo Outbox shows it bounced', async ({ skip }) => {
    const frontDesk = await signIn('front_desk');
    const id = await demoPatient(frontDesk, 'Robert Chen', skip);
    const { version } = ok(E.getPatient, await frontDesk.call(E.getPatient, { params: { id } }));
    const to = `robert.${crypto.randomUUID().slice(0, 6)}@gmial.com`;
    const sent = ok(
      E.sendAccessLink,
      await frontDesk.call(E.sendAccessLink, { params: { id }, body: send(to, version) }),
    );
    expect(sent.delivery).toMatchObject({ status: 'bounced', to });
    expect(await outboxCount(frontDesk, to, skip)).toBe(1);
    const outbox = ok(E.outbox, await frontDesk.call(E.outbox));
    expect(outbox.emails.find((e) => e.to === to)?.deliveryStatus).toBe('bounced');
  });

  it("checks an address against other patients and a teenager's guardians, not the family", async ({
    skip,
  }) => {
    const frontDesk = await signIn('front_desk');
    const [robert, grace, ethan, sofia] = await Promise.all(
      ['Robert Chen', 'Grace Lee', 'Ethan Park', 'Sofia Garcia'].map((n) =>
        demoPatient(frontDesk, n, skip),
      ),
    );
    const check = async (id: string | undefined, email: string) =>
      ok(
        E.checkEmail,
        await frontDesk.call(E.checkEmail, { params: { id: id ?? '' }, body: { email } }),
      );
    expect(await check(robert, 'Grace.Lee@example.com')).toEqual({
      onFileFor: [{ patientId: grace, name: 'Grace Lee' }],
      guardianName: null,
    });
    expect(await check(ethan, 'jennifer.park@example.com')).toEqual({
      onFileFor: [],
      guardianName: 'Jennifer Park',
    });
    // Sofia is 6: her mother's address is expected, and a family member is not "another patient".
    expect(await check(sofia, 'maria.garcia@example.com')).toEqual({
      onFileFor: [],
      guardianName: null,
    });
  });
});
