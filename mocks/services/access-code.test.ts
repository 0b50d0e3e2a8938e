import { describe, expect, it } from 'vitest';
import { accessWasUsed } from '../../src/lib/access-rules';
import {
  getAccessStatus,
  printAccessCode,
  requestAccessCode,
  revealAccessCode,
  revokeAccess,
  sendAccessLink,
} from './access-code';
import { ConflictError, ForbiddenError, InvalidError, NotFoundError } from './errors';
import { getPatient, searchPatients, updateContact } from './patients';
import { idOf, oliviaRevokedAsWrongPerson, testClinic } from './test-clinic';

// The Medical Access Code rules, called directly: no MSW, no HTTP, no global store.

const send = (patientId: string, email: string, version = 1) => ({
  patientId,
  email,
  confirmedWithPatient: true as const,
  version,
  issueCodeIfNone: true,
});

describe('access code services', () => {
  it('issues a code that expires in 5 days and audits it', () => {
    const { store, now, as } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    const code = requestAccessCode(
      store,
      as('front_desk'),
      { patientId: robert, confirmReplace: false },
      now,
    );
    expect(code.state).toBe('active');
    expect(new Date(code.expiresAt).getTime() - new Date(now).getTime()).toBe(5 * 86_400_000);
    expect(store.audit.at(-1)).toMatchObject({
      patientId: robert,
      action: 'Access code requested',
      actorName: 'Felix Moreno',
    });
  });

  it('refuses to replace an active code without confirmation, with the active code as current state', () => {
    const { store, now, as } = testClinic();
    const james = idOf(store, "James O'Brien");
    const attempt = () =>
      requestAccessCode(store, as('front_desk'), { patientId: james, confirmReplace: false }, now);
    expect(attempt).toThrow(ConflictError);
    try {
      attempt();
    } catch (e) {
      expect((e as ConflictError).type).toBe('active-code-exists');
      expect((e as ConflictError).current).toMatchObject({ patientId: james, state: 'active' });
    }
    const replaced = requestAccessCode(
      store,
      as('front_desk'),
      { patientId: james, confirmReplace: true },
      now,
    );
    const old = store.codes.filter((c) => c.patientId === james && c.id !== replaced.id);
    expect(old.every((c) => c.revokedReason === 'replaced')).toBe(true);
  });

  it('reveals only an active code, and audits the reveal', () => {
    const { store, now, as } = testClinic();
    expect(() =>
      revealAccessCode(store, as('front_desk'), { patientId: idOf(store, 'Robert Chen') }, now),
    ).toThrow(NotFoundError);
    expect(() =>
      revealAccessCode(store, as('front_desk'), { patientId: idOf(store, 'Grace Lee') }, now),
    ).toThrow(ConflictError);
    const james = idOf(store, "James O'Brien");
    const { code } = revealAccessCode(store, as('front_desk'), { patientId: james }, now);
    expect(code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    expect(store.audit.at(-1)?.action).toBe('Access code revealed');
    expect(store.audit.at(-1)?.details).not.toContain(code);
  });

  it('sends the link once per call, issuing a code when asked, and bounces a typo domain', () => {
    const { store, now, as } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    const sent = sendAccessLink(
      store,
      as('front_desk'),
      send(robert, 'robert.chen@example.com'),
      now,
    );
    expect(sent.delivery).toMatchObject({ to: 'robert.chen@example.com', status: 'delivered' });
    expect(store.emails.filter((e) => e.patientId === robert)).toHaveLength(1);
    const typo = sendAccessLink(
      store,
      as('front_desk'),
      send(robert, 'robert.chen@exmaple.com'),
      now,
    );
    expect(typo.delivery.status).toBe('bounced');
  });

  it('answers a second send of the same link to the same address within a minute with the first, emailing once', () => {
    const { store, now, as } = testClinic();
    const grace = idOf(store, 'Grace Lee');
    const seeded = store.emails.filter((e) => e.patientId === grace).length;
    const emails = () => store.emails.filter((e) => e.patientId === grace).length - seeded;
    const first = sendAccessLink(
      store,
      as('front_desk'),
      send(grace, 'grace.lee@example.com'),
      now,
    );
    expect(first.alreadySentAt).toBeNull();
    const audited = store.audit.length;

    // A second press, another tab, another staff member: 59 s later, whatever its key.
    const at = (seconds: number) => new Date(Date.parse(now) + seconds * 1000).toISOString();
    const again = sendAccessLink(
      store,
      as('patient_experience'),
      send(grace, 'GRACE.LEE@example.com'),
      at(59),
    );
    expect(again.alreadySentAt).toBe(first.delivery.at);
    expect(again.delivery).toEqual(first.delivery);
    expect(again.code.id).toBe(first.code.id);
    expect(emails()).toBe(1);
    expect(store.audit).toHaveLength(audited);

    // Sent again on purpose: a second email.
    const onPurpose = { ...send(grace, 'grace.lee@example.com'), sendAgain: true };
    expect(sendAccessLink(store, as('front_desk'), onPurpose, at(59)).alreadySentAt).toBeNull();
    expect(emails()).toBe(2);
    // A minute after the last send, it is a new send.
    const later = sendAccessLink(
      store,
      as('front_desk'),
      send(grace, 'grace.lee@example.com'),
      at(120),
    );
    expect(later.alreadySentAt).toBeNull();
    expect(emails()).toBe(3);
  });

  it('refuses a corrected email saved against a stale version, changing nothing', () => {
    const { store, now, as } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    const before = structuredClone(store);
    expect(() =>
      sendAccessLink(store, as('front_desk'), send(robert, 'r.chen@example.org', 7), now),
    ).toThrow(ConflictError);
    expect(store).toEqual(before);
  });

  it('needs a code first when the one-dialog path was not asked for', () => {
    const { store, now, as } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    expect(() =>
      sendAccessLink(
        store,
        as('front_desk'),
        { ...send(robert, 'robert.chen@example.com'), issueCodeIfNone: false },
        now,
      ),
    ).toThrow(expect.objectContaining({ type: 'no-active-code' }) as Error);
  });

  it('lets front desk cancel an unused code but not revoke used access, which a manager can', () => {
    const { store, now, as } = testClinic();
    const james = idOf(store, "James O'Brien");
    const olivia = idOf(store, 'Olivia Martin');
    const cancelled = revokeAccess(
      store,
      as('front_desk'),
      { patientId: james, reason: 'wrong_person' },
      now,
    );
    expect(cancelled.code?.state).toBe('revoked');

    expect(
      accessWasUsed(getAccessStatus(store, as('front_desk'), { patientId: olivia }, now)),
    ).toBe(true);
    expect(() =>
      revokeAccess(store, as('front_desk'), { patientId: olivia, reason: 'wrong_person' }, now),
    ).toThrow(ForbiddenError);
    const revoked = revokeAccess(
      store,
      as('clinic_manager'),
      { patientId: olivia, reason: 'wrong_person' },
      now,
    );
    expect(revoked.account).toBeNull();
    expect(store.accounts.find((a) => a.email === 'olivia.martin@example.org')?.status).toBe(
      'disabled',
    );
  });

  it('checks in order: an unknown record is 404 before any role rule', () => {
    const { store, now, as } = testClinic();
    expect(() =>
      revokeAccess(
        store,
        as('front_desk'),
        { patientId: 'pat_nobody', reason: 'other', otherText: 'x' },
        now,
      ),
    ).toThrow(NotFoundError);
    expect(() =>
      printAccessCode(store, as('front_desk'), { patientId: 'pat_nobody', codeId: 'x' }, now),
    ).toThrow(NotFoundError);
  });

  it('has nothing to revoke for a record with no account and no active code', () => {
    const { store, now, as } = testClinic();
    expect(() =>
      revokeAccess(
        store,
        as('clinic_manager'),
        { patientId: idOf(store, 'Robert Chen'), reason: 'patient_asked' },
        now,
      ),
    ).toThrow(expect.objectContaining({ type: 'nothing-to-revoke' }) as Error);
  });

  describe('after a revoke because the link reached the wrong person', () => {
    const revokeOlivia = oliviaRevokedAsWrongPerson;

    it('refuses a link to the address on file, naming the revoke, and sends nothing', () => {
      const { store, now, as, olivia } = revokeOlivia();
      const sentBefore = store.deliveries.length;
      const attempt = () =>
        sendAccessLink(store, as('front_desk'), send(olivia, 'Olivia.Martin@example.org'), now);
      expect(attempt).toThrow(InvalidError);
      try {
        attempt();
      } catch (e) {
        expect((e as InvalidError).type).toBe('revoked-address');
        expect((e as InvalidError).errors).toEqual([
          {
            field: 'email',
            message: expect.stringMatching(
              /^Access was revoked on .* because a link sent to olivia\.martin@example\.org reached the wrong person\. Enter the right address/,
            ) as string,
          },
        ]);
      }
      expect(store.deliveries).toHaveLength(sentBefore);
      expect(getPatient(store, as('front_desk'), olivia).email).toBe('olivia.martin@example.org');
    });

    it('lists the revoke on the tab and marks the address on the record and in search', () => {
      const { store, now, as, olivia } = revokeOlivia();
      const status = getAccessStatus(store, as('front_desk'), { patientId: olivia }, now);
      expect(status.revocations).toEqual([
        expect.objectContaining({
          at: now,
          byName: 'Carmen Diaz',
          reason: 'Sent to the wrong person',
          wrongAddress: true,
          email: 'olivia.martin@example.org',
        }),
      ]);
      const problem = { kind: 'wrong_person', email: 'olivia.martin@example.org', at: now };
      expect(status.patient.emailProblem).toMatchObject(problem);
      const found = searchPatients(store, as('front_desk'), {
        q: 'Olivia Martin',
        page: 1,
        pageSize: 10,
      });
      expect(found.items.find((p) => p.id === olivia)?.emailProblem).toMatchObject(problem);
    });

    it('sends to a corrected address, which clears the mark; no other reason marks it', () => {
      const { store, now, as, olivia } = revokeOlivia();
      const sent = sendAccessLink(
        store,
        as('front_desk'),
        send(olivia, 'olivia.martin@example.com'),
        now,
      );
      expect(sent.delivery).toMatchObject({ to: 'olivia.martin@example.com', status: 'delivered' });
      const patient = getPatient(store, as('front_desk'), olivia);
      expect(patient).toMatchObject({ email: 'olivia.martin@example.com', emailProblem: null });

      // The wrong address cannot be put back on file, by Edit contact or by a send.
      expect(() =>
        updateContact(
          store,
          as('front_desk'),
          {
            patientId: olivia,
            email: 'olivia.martin@example.org',
            phone: patient.phone,
            version: patient.version,
          },
          now,
        ),
      ).toThrow(InvalidError);
      expect(() =>
        sendAccessLink(
          store,
          as('front_desk'),
          send(olivia, 'olivia.martin@example.org', patient.version),
          now,
        ),
      ).toThrow(InvalidError);
      expect(getPatient(store, as('front_desk'), olivia)).toMatchObject({
        email: 'olivia.martin@example.com',
        emailProblem: null,
      });

      const other = testClinic();
      const id = idOf(other.store, 'Olivia Martin');
      revokeAccess(
        other.store,
        other.as('clinic_manager'),
        { patientId: id, reason: 'patient_asked' },
        other.now,
      );
      expect(getPatient(other.store, other.as('front_desk'), id).emailProblem).toBeNull();
    });
  });

  it('marks an address whose newest email bounced, and not once a later email was delivered', () => {
    const { store, now, as } = testClinic();
    const emily = idOf(store, 'Emily Novak');
    expect(getPatient(store, as('front_desk'), emily).emailProblem).toMatchObject({
      kind: 'bounced',
      email: 'emily.novak@exmaple.com',
    });
    sendAccessLink(
      store,
      as('front_desk'),
      send(emily, 'emily.novak@example.com', getPatient(store, as('front_desk'), emily).version),
      now,
    );
    expect(getPatient(store, as('front_desk'), emily).emailProblem).toBeNull();
  });
});
