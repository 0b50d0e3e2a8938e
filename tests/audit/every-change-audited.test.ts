import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { db } from '../../mocks/db';
import * as auditService from '../../mocks/services/audit';
import { ENDPOINTS, type Endpoint, type EndpointId } from '../../src/api/contract/endpoints';
import { auditLogPageSchema } from '../../src/api/contract/audit';
import { callAs, staffOf } from '../roles/api-as';
import { AUDIT_CASES, NOT_AUDITED } from './audit-cases';

// The OpenAPI document is generated from this registry, so its changing operations are these.
// A read that exports patient data (`audited`) writes an event too, and needs a case like a change.
const changing = (Object.keys(ENDPOINTS) as EndpointId[]).filter(
  (id) => ENDPOINTS[id].changes || (ENDPOINTS[id] as Endpoint).audited,
);
const cases = Object.entries(AUDIT_CASES) as [
  EndpointId,
  NonNullable<(typeof AUDIT_CASES)[EndpointId]>,
][];

describe(`Every change is audited: ${cases.length} of ${changing.length} changing operations`, () => {
  it('has a case for every changing operation, and none for an operation that changes nothing', () => {
    const covered = [...Object.keys(AUDIT_CASES), ...Object.keys(NOT_AUDITED)].sort();
    expect(covered, 'a changing endpoint needs a case in tests/audit/audit-cases.ts').toEqual(
      [...changing].sort(),
    );
  });

  it('leaves out only demo tools, which a real backend does not have', () => {
    for (const id of Object.keys(NOT_AUDITED) as EndpointId[]) {
      expect(ENDPOINTS[id], id).toMatchObject({ demoOnly: true });
    }
  });

  it.each(cases)(
    '%s writes an event naming actor, role, time, record and action',
    async (id, c) => {
      // Setting up the record's state comes first: only what the call itself adds counts.
      const options = await c.request();
      const before = structuredClone(db.audit);
      const res = await callAs(c.as, id, options);
      expect(res.status, await res.clone().text()).toBeLessThan(300);

      // Append-only: what was there before is untouched.
      expect(db.audit.slice(0, before.length)).toEqual(before);
      const added = db.audit.slice(before.length);
      const event = added.find((e) => e.action === c.expect.action);
      expect(event, `${id} wrote ${JSON.stringify(added.map((e) => e.action))}`).toBeDefined();
      expect(event!.at).toBe(db.now);
      expect(event!.patientId).toBe(c.expect.record());
      if (c.as) {
        const staff = staffOf(c.as);
        expect(event).toMatchObject({ actorId: staff.id, actorName: staff.name, actorRole: c.as });
      } else {
        // The patient or care partner, on the portal, with no staff role: named by their email,
        // and by their portal account once they have one (so the Who filter can pick it).
        expect(event!.actorRole).toBeNull();
        expect(event!.actorName).toMatch(/@/);
        if (event!.actorId !== null) {
          const account = db.accounts.find((a) => a.id === event!.actorId);
          expect(account?.email, `${id}: the event names its portal account`).toBe(
            event!.actorName,
          );
        }
      }

      // And the clinic manager's audit log shows it.
      const log = await callAs('clinic_manager', 'auditLog', { query: { pageSize: '100' } });
      const page = auditLogPageSchema.parse(await log.json());
      expect(page.items.map((e) => e.id)).toContain(event!.id);
    },
  );
});

describe('Sign-in failures are audited', () => {
  it('records the email tried, never the password', async () => {
    const password = 'not-the-password-8472';
    const res = await callAs(null, 'signIn', {
      body: { email: 'manager@clinic.example', password },
    });
    expect(res.status).toBe(401);
    const event = db.audit.at(-1)!;
    expect(event).toMatchObject({ action: 'Sign-in failed', actorRole: null, at: db.now });
    expect(event.details).toContain('manager@clinic.example');
    expect(JSON.stringify(event)).not.toContain(password);
  });

  it('writes nothing for a sign-in that works', async () => {
    const before = db.audit.length;
    const res = await callAs(null, 'signIn', {
      body: { email: 'manager@clinic.example', password: 'demo' },
    });
    expect(res.status).toBe(200);
    expect(db.audit).toHaveLength(before);
  });
});

describe('The audit log is append-only', () => {
  it('has no endpoint that writes to the log', () => {
    const onLog = Object.values(ENDPOINTS).filter((e) => /audit|activity/.test(e.path));
    expect(onLog.length).toBeGreaterThan(0);
    for (const e of onLog) expect(`${e.method} ${e.path}`).toMatch(/^GET /);
  });

  it('answers 404 to an attempt to delete or edit an event, and keeps it', async () => {
    const first = structuredClone(db.audit[0]!);
    const headers = { Authorization: `Bearer api-clinic_manager`, 'Idempotency-Key': 'k-1' };
    await callAs('clinic_manager', 'currentSession');
    for (const method of ['DELETE', 'PUT', 'PATCH']) {
      const res = await fetch(`/api/v1/audit/${first.id}`, { method, headers, body: null });
      expect(res.status, method).toBe(404);
    }
    expect(db.audit[0]).toEqual(first);
  });

  it('the audit service exports readers only', () => {
    expect(Object.keys(auditService).sort()).toEqual([
      'auditLog',
      'matchingLog',
      'pageOf',
      'patientActivity',
    ]);
  });

  it('no service removes, reorders or overwrites an event', () => {
    const dir = join(import.meta.dirname, '../../mocks/services');
    const writes =
      /\baudit\s*(\.\s*(splice|pop|shift|unshift|fill|copyWithin|sort|reverse)\s*\(|\[[^\]]*\]\s*=[^=]|=[^=>]|\.length\s*=)/;
    for (const file of readdirSync(dir).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    )) {
      const text = readFileSync(join(dir, file), 'utf8');
      expect(text, file).not.toMatch(writes);
    }
  });
});
