import { describe, expect, it } from 'vitest';
import { patientIdOf, signInAs } from '../../tests/render';
import { readSessionToken } from '../../src/lib/session-token';
import { db } from '../db';

/** The mock API answers like a real server would, whatever the UI does. */
async function call(
  method: 'GET' | 'POST',
  path: string,
  body?: unknown,
  key: string = crypto.randomUUID(),
) {
  const res = await fetch(`/api/v1${path}`, {
    method,
    headers: {
      Authorization: `Bearer ${readSessionToken()}`,
      'Content-Type': 'application/json',
      ...(method === 'POST' ? { 'Idempotency-Key': key } : {}),
    },
    body: body === undefined ? null : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const send = (email: string) => ({
  email,
  confirmedWithPatient: true,
  version: 1,
  issueCodeIfNone: true,
});

describe('Access code API (mock clinic)', () => {
  it('answers 404 for an unknown patient', async () => {
    signInAs('front_desk');
    expect((await call('GET', '/patients/pat_nobody/access')).status).toBe(404);
    expect((await call('POST', '/patients/pat_nobody/access-code/print')).status).toBe(404);
  });

  it('refuses to replace an active code without confirmation (409)', async () => {
    signInAs('front_desk');
    const res = await call('POST', `/patients/${patientIdOf("James O'Brien")}/access-code`, {
      confirmReplace: false,
    });
    expect(res.status).toBe(409);
    expect(res.body.type).toBe('active-code-exists');
    expect(res.body.detail).toMatch(/stop working/);
    expect(db.codes.filter((c) => c.patientId === patientIdOf("James O'Brien"))).toHaveLength(1);
  });

  it('will not print or reveal an expired code (Grace Lee)', async () => {
    signInAs('front_desk');
    const id = patientIdOf('Grace Lee');
    expect((await call('POST', `/patients/${id}/access-code/print`)).body).toMatchObject({
      status: 409,
      type: 'no-active-code',
    });
    expect((await call('POST', `/patients/${id}/access-code/reveal`)).status).toBe(409);
  });

  it('refuses a send the patient did not confirm, naming the field (400)', async () => {
    signInAs('front_desk');
    const res = await call('POST', `/patients/${patientIdOf('Robert Chen')}/access-link`, {
      ...send('robert.chen@example.com'),
      confirmedWithPatient: false,
    });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([
      { field: 'confirmedWithPatient', message: 'Confirm the email address with the patient.' },
    ]);
  });

  it('sends once when the same request is retried with the same Idempotency-Key', async () => {
    signInAs('front_desk');
    const path = `/patients/${patientIdOf('Robert Chen')}/access-link`;
    const first = await call('POST', path, send('robert.chen@example.com'), 'retry-1');
    const again = await call('POST', path, send('robert.chen@example.com'), 'retry-1');
    expect(again.body).toEqual(first.body);
    expect(db.emails.filter((e) => e.to === 'robert.chen@example.com')).toHaveLength(1);
  });

  it('bounces a typo domain, and the Outbox shows it bounced', async () => {
    signInAs('front_desk');
    const id = patientIdOf('Robert Chen');
    const res = await call('POST', `/patients/${id}/access-link`, send('robert.chen@gmial.com'));
    expect(res.body).toMatchObject({
      delivery: { status: 'bounced', to: 'robert.chen@gmial.com' },
    });
    const outbox = await call('GET', '/_mock/outbox');
    expect(outbox.body.emails).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ to: 'robert.chen@gmial.com', deliveryStatus: 'bounced' }),
      ]),
    );
  });

  it('has nothing to revoke for a record with no account and no active code (409)', async () => {
    signInAs('clinic_manager');
    const res = await call('POST', `/patients/${patientIdOf('Robert Chen')}/revoke-access`, {
      reason: 'no_longer_needed',
    });
    expect(res.status).toBe(409);
  });

  it("checks an address against other patients and a teenager's guardians, not the family", async () => {
    signInAs('front_desk');
    const check = (name: string, email: string) =>
      call('POST', `/patients/${patientIdOf(name)}/email-check`, { email });
    expect((await check('Robert Chen', 'Grace.Lee@example.com')).body).toEqual({
      onFileFor: [{ patientId: patientIdOf('Grace Lee'), name: 'Grace Lee' }],
      guardianName: null,
    });
    expect((await check('Ethan Park', 'jennifer.park@example.com')).body).toEqual({
      onFileFor: [],
      guardianName: 'Jennifer Park',
    });
    // Sofia is 6: her mother's address is expected, and a family member is not "another patient".
    expect((await check('Sofia Garcia', 'maria.garcia@example.com')).body).toEqual({
      onFileFor: [],
      guardianName: null,
    });
  });
});
