// The mock clinic's emails, letter, audit filter and grant end dates on the clinic's calendar.
// Run by `npm run test:tz` with the machine in Los Angeles and in Auckland; the clinic's zone is
// America/Los_Angeles (vite.config.ts), so each expectation holds on both machines.
import { describe, expect, it } from 'vitest';
import { formatDate } from '../../src/lib/format';
import { dobForAge } from '../seed-builder';
import { getPrintLetter, printAccessCode, requestAccessCode, sendAccessLink } from './access-code';
import { auditLog } from './audit';
import { endedBecause } from './shared-access-records';
import { idOf, testClinic } from './test-clinic';

// 9:30 PM on Monday, November 23, 2026 in Los Angeles: already the 24th in UTC.
const EVENING = '2026-11-24T05:30:00.000Z';

describe('an evening send, on the clinic’s calendar', () => {
  it('the email and the printed letter give the same "use it by" date as the screen', () => {
    const { store, as } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    const staff = as('front_desk');
    const { code } = sendAccessLink(
      store,
      staff,
      {
        patientId: robert,
        email: 'robert.chen@example.com',
        confirmedWithPatient: true,
        version: 1,
        issueCodeIfNone: true,
      },
      EVENING,
    );
    // Valid 5 days: Saturday, November 28 at 9:30 PM in Los Angeles (the 29th in UTC).
    expect(formatDate(code.expiresAt)).toBe('Nov 28, 2026');
    const email = store.emails.at(-1)!;
    expect(email.body).toContain('This link expires on Nov 28, 2026.');
    const letter = getPrintLetter(store, staff, { patientId: robert }, EVENING);
    expect(formatDate(letter.expiresAt)).toBe('Nov 28, 2026');
    printAccessCode(store, staff, { patientId: robert, codeId: letter.codeId }, EVENING);
    expect(store.audit.at(-1)!.details).toContain('expires Nov 28, 2026');
  });

  it('a code requested across the November clock change keeps its evening date', () => {
    const { store, as } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    // Friday, October 30 at 11:30 PM (PDT); 120 hours later is Wednesday, November 4 at 10:30 PM
    // (PST), after the clocks fell back on November 1.
    const code = requestAccessCode(
      store,
      as('front_desk'),
      { patientId: robert, confirmReplace: false },
      '2026-10-31T06:30:00.000Z',
    );
    expect(formatDate(code.expiresAt)).toBe('Nov 4, 2026');
  });
});

describe('the audit log’s dates are the clinic’s days', () => {
  it('an event at 11:30 PM is on that day, and the day of the clock change has 25 hours', () => {
    const { store, as } = testClinic();
    const manager = as('clinic_manager');
    const at = (iso: string, id: string) =>
      store.audit.push({
        id,
        at: iso,
        actorId: null,
        actorName: 'tz.test@example.com',
        actorRole: null,
        patientId: null,
        action: 'Time-zone probe',
        details: '',
      });
    at('2026-11-01T07:30:00.000Z', 'aud_just_after_midnight'); // Nov 1, 12:30 AM (PDT)
    at('2026-11-02T07:30:00.000Z', 'aud_late_evening'); // Nov 1, 11:30 PM (PST)
    at('2026-11-02T08:30:00.000Z', 'aud_next_day'); // Nov 2, 12:30 AM (PST)
    const probes = (from: string, to: string) =>
      auditLog(store, manager, { action: 'time-zone-probe', from, to }).items.map((e) => e.id);
    expect(probes('2026-11-01', '2026-11-01')).toEqual([
      'aud_late_evening',
      'aud_just_after_midnight',
    ]);
    expect(probes('2026-11-02', '2026-11-02')).toEqual(['aud_next_day']);
  });
});

describe('calendar dates stay calendar dates', () => {
  it('a grant’s end date passes at the clinic’s midnight, not at UTC’s', () => {
    const { store } = testClinic();
    const grant = { ...store.proxyGrants[0]!, until: '2026-11-23', legalDocument: null };
    expect(endedBecause(grant, EVENING)).toBeNull();
    expect(endedBecause(grant, '2026-11-24T08:00:00.000Z')).toBe(
      'Its end date, 2026-11-23, has passed.',
    );
  });

  it('the seed’s birthdays fall on the clinic’s date', () => {
    expect(dobForAge(EVENING, 18, 0)).toBe('2008-11-23');
    expect(dobForAge(EVENING, 18, 1)).toBe('2008-11-22');
  });
});
