import { describe, expect, it } from 'vitest';
import type { Today } from '../../src/api/contract/today';
import { clinicDate } from '../../src/lib/clinic-time';
import { addCalendarDays, addDays } from '../../src/lib/dates';
import { birthdayAt, businessDaysBetween } from '../../src/lib/today-rules';
import { sendAccessLink } from './access-code';
import { advanceClock } from './demo-tools';
import { decideRequest } from './shared-access';
import { APPROVE_SUSAN, idOf, testClinic } from './test-clinic';
import { today, todayCount } from './today';

type Visible<K extends keyof Today> = Extract<Today[K], { visible: true }>;
function rowsOf<
  K extends
    | 'waitingRequests'
    | 'familyLinking'
    | 'invitationsAtRisk'
    | 'comingOfAge'
    | 'teenOnGuardianEmail'
    | 'grantsEnding',
>(t: Today, list: K): Visible<K>['rows'] {
  const l = t[list];
  if (!l.visible) throw new Error(`${list} is hidden`);
  return (l as Visible<K>).rows;
}

describe('Today: shared-access requests waiting', () => {
  it('lists them oldest first and marks those past 2 business days overdue', () => {
    const { store, now, as } = testClinic();
    const rows = rowsOf(today(store, as('patient_experience'), now), 'waitingRequests');
    expect(rows.map((r) => r.patientName)).toEqual([
      'Harold Brooks',
      'Dorothy Williams',
      'Ethan Park',
      // Carlos Martínez's phone request for his mother.
      'Rosa Martínez',
    ]);
    expect(rows[0]).toMatchObject({ overdue: true });
    expect(rows.filter((r) => r.overdue)).toHaveLength(1);
  });

  it('counts business days only: Friday to Monday is one', () => {
    expect(businessDaysBetween('2026-11-20', '2026-11-23')).toBe(1);
    expect(businessDaysBetween('2026-11-16', '2026-11-23')).toBe(5);
  });

  it('drops a request once it is decided, and the median turnaround counts it', () => {
    const { store, now, as } = testClinic();
    const priya = as('patient_experience');
    expect(today(store, priya, now).medianTurnaroundBusinessDays).toBeNull();
    decideRequest(store, priya, 'preq_3tq9wz6hkm4c', APPROVE_SUSAN, now);
    const after = today(store, priya, now);
    expect(rowsOf(after, 'waitingRequests').map((r) => r.patientName)).not.toContain(
      'Dorothy Williams',
    );
    expect(after.medianTurnaroundBusinessDays).toBe(
      businessDaysBetween(clinicDate(addDays(now, -2)), clinicDate(now)),
    );
  });
});

describe('Today: who sees which list', () => {
  it('hides from the front desk the lists it cannot act on, saying who handles them', () => {
    const { store, now, as } = testClinic();
    const t = today(store, as('front_desk'), now);
    expect(t.waitingRequests).toEqual({
      visible: false,
      handledBy: 'Shared-access requests are reviewed by patient experience or a clinic manager.',
    });
    expect(t.familyLinking.visible).toBe(false);
    expect(t.grantsEnding.visible).toBe(false);
    expect(t.invitationsAtRisk.visible).toBe(true);
    expect(t.comingOfAge.visible).toBe(true);
  });

  it('counts for the navigation only what the role acts on', () => {
    const { store, now, as } = testClinic();
    const desk = todayCount(store, as('front_desk'), now).total;
    const manager = todayCount(store, as('clinic_manager'), now).total;
    // The manager also has the three waiting requests and Ruth's grant ending.
    expect(manager - desk).toBeGreaterThanOrEqual(4);
  });
});

describe('Today: invitations at risk', () => {
  it("names James's link expiring, Emily's bounce and Grace's expired link", () => {
    const { store, now, as } = testClinic();
    const rows = rowsOf(today(store, as('front_desk'), now), 'invitationsAtRisk');
    const kindOf = (name: string) => rows.find((r) => r.patientName === name)?.kind;
    expect(kindOf('Emily Novak')).toBe('bounced');
    expect(kindOf("James O'Brien")).toBe('expiring');
    expect(kindOf('Grace Lee')).toBe('expired');
    expect(rows.find((r) => r.patientName === 'Emily Novak')?.sentTo).toBe(
      'emily.novak@exmaple.com',
    );
  });

  it('drops a bounced email once it is corrected and sent again', () => {
    const { store, now, as } = testClinic();
    const emily = store.patients.find((p) => p.id === idOf(store, 'Emily Novak'))!;
    sendAccessLink(
      store,
      as('front_desk'),
      {
        patientId: emily.id,
        email: 'emily.novak@example.com',
        confirmedWithPatient: true,
        version: emily.version,
        issueCodeIfNone: true,
      },
      now,
    );
    const rows = rowsOf(today(store, as('front_desk'), now), 'invitationsAtRisk');
    expect(rows.find((r) => r.patientName === 'Emily Novak')).toBeUndefined();
  });
});

describe('Today: coming of age', () => {
  it('shows Noah at 18 in 10 days and Lily at 12 in 6, with the rule and who is affected', () => {
    const { store, now, as } = testClinic();
    const rows = rowsOf(today(store, as('front_desk'), now), 'comingOfAge');
    const day = clinicDate(now);
    expect(rows.find((r) => r.patientName === 'Noah Bennett')).toMatchObject({
      turns: 18,
      birthday: addCalendarDays(day, 10),
      affected: ['Karen Bennett'],
      hasOwnLogin: false,
    });
    expect(rows.find((r) => r.patientName === 'Lily Tran')).toMatchObject({
      turns: 12,
      birthday: addCalendarDays(day, 6),
      affected: ['Minh Tran'],
    });
  });

  it('puts a 29 February birthday on 1 March in a year without one', () => {
    expect(birthdayAt('2008-02-29', 18)).toBe('2026-03-01');
    expect(birthdayAt('2012-02-29', 12)).toBe('2024-02-29');
  });

  it('lists a teen born on 29 February before 1 March, and changes access on 1 March', () => {
    const { store, as } = testClinic();
    const now = '2026-02-20T17:00:00.000Z';
    const noah = store.patients.find((p) => p.id === idOf(store, 'Noah Bennett'))!;
    noah.dateOfBirth = '2008-02-29';
    const rows = rowsOf(today(store, as('front_desk'), now), 'comingOfAge');
    expect(rows.find((r) => r.patientName === 'Noah Bennett')?.birthday).toBe('2026-03-01');
    store.now = now;
    advanceClock(store, as('front_desk'), { days: 8 }); // 28 February: not yet 18.
    const karen = store.accounts.find((a) => a.email === 'karen.bennett@example.com')!;
    expect(karen.records.some((r) => r.patientId === noah.id)).toBe(true);
    advanceClock(store, as('front_desk'), { days: 1 }); // 1 March.
    expect(karen.records.some((r) => r.patientId === noah.id)).toBe(false);
  });

  it("ends a parent's shared-access grant at 18 when the parent is a grantee, not a linked holder", () => {
    const { store, now, as } = testClinic();
    const ethan = store.patients.find((p) => p.id === idOf(store, 'Ethan Park'))!;
    ethan.dateOfBirth = birthdayAt(addCalendarDays(clinicDate(now), 5), -18);
    store.proxyGrants.push({
      ...structuredClone(store.proxyGrants.find((g) => g.id === 'grant_8mwq3kx7z2vd')!),
      id: 'grant_parkparent',
      patientId: ethan.id,
      carePartner: {
        name: 'Jennifer Park',
        email: 'jennifer.park@example.com',
        phone: null,
        dateOfBirth: null,
        relationship: 'parent',
      },
    });
    const row = rowsOf(today(store, as('front_desk'), now), 'comingOfAge').find(
      (r) => r.patientName === 'Ethan Park',
    );
    expect(row).toMatchObject({ turns: 18, affected: ['Jennifer Park'] });
    advanceClock(store, as('front_desk'), { days: 6 });
    const grant = store.proxyGrants.find((g) => g.id === 'grant_parkparent')!;
    expect(grant.status).toBe('revoked');
    expect(store.emails).toContainEqual(
      expect.objectContaining({
        to: 'jennifer.park@example.com',
        subject: "Your access to Ethan's records has changed",
      }),
    );
  });

  it("on Noah's birthday the system takes him out of Karen's account, audits it and emails her", () => {
    const { store, now, as } = testClinic();
    const noahId = idOf(store, 'Noah Bennett');
    advanceClock(store, as('front_desk'), { days: 9 });
    const karen = store.accounts.find((a) => a.email === 'karen.bennett@example.com')!;
    expect(karen.records.map((r) => r.patientId)).toContain(noahId);
    advanceClock(store, as('front_desk'), { days: 1 });
    expect(karen.records.map((r) => r.patientId)).not.toContain(noahId);
    const event = store.audit.find(
      (e) => e.patientId === noahId && e.action === 'Access changed at 18',
    );
    expect(event).toMatchObject({ actorName: 'Access Desk (system)', actorRole: null });
    expect(store.emails.at(-1)).toMatchObject({
      to: 'karen.bennett@example.com',
      subject: "Your access to Noah's records has changed",
    });
    // Done once: a later day changes nothing more.
    const emails = store.emails.length;
    advanceClock(store, as('front_desk'), { days: 1 });
    expect(store.emails).toHaveLength(emails);
    expect(
      rowsOf(today(store, as('front_desk'), store.now), 'comingOfAge').map((r) => r.patientName),
    ).not.toContain('Noah Bennett');
    expect(store.now > now).toBe(true);
  });

  it("narrows Lily's access in Minh's account on her 12th birthday", () => {
    const { store, as } = testClinic();
    const lilyId = idOf(store, 'Lily Tran');
    advanceClock(store, as('front_desk'), { days: 6 });
    const minh = store.accounts.find((a) => a.email === 'minh.tran@example.com')!;
    expect(minh.records.find((r) => r.patientId === lilyId)?.access).toBe('limited');
  });
});

describe('Today: teen accounts on a guardian email', () => {
  it("flags Zoe, whose account is on her mother's email", () => {
    const { store, now, as } = testClinic();
    const rows = rowsOf(today(store, as('front_desk'), now), 'teenOnGuardianEmail');
    expect(rows.find((r) => r.patientName === 'Zoe Patel')).toMatchObject({
      age: 15,
      email: 'anita.patel@example.com',
      sharedWith: 'Anita Patel',
    });
  });
});

describe('Today: grants ending', () => {
  it("shows Ruth's grant for Walter ending with its power of attorney in 20 days", () => {
    const { store, now, as } = testClinic();
    const rows = rowsOf(today(store, as('patient_experience'), now), 'grantsEnding');
    const ends = addCalendarDays(clinicDate(now), 20);
    expect(rows).toContainEqual(
      expect.objectContaining({
        patientName: 'Walter Hughes',
        carePartnerName: 'Ruth Hughes',
        endsOn: ends,
        documentEndsOn: ends,
      }),
    );
  });
});
