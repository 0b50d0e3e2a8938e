// Run by `npm run test:tz` with the machine in Los Angeles and again in Auckland (and by
// `npm test` in whatever zone the machine has). The clinic's zone is set for every test
// (vite.config.ts: VITE_CLINIC_TIME_ZONE=America/Los_Angeles), so the expectations hold whatever
// the machine's zone: that is what these tests check.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expiresInText, whenAgo } from '../features/access-code/components/access-code-text';
import { expiryText } from '../features/family-linking/components/linking-text';
import {
  browserTimeZone,
  clinicDate,
  clinicInstant,
  clinicStamp,
  clinicTimeZone,
  resolveTimeZone,
} from './clinic-time';
import { addCalendarDays, ageOn, daysSince, daysUntil } from './dates';
import { formatDate, formatDateTime } from './format';

afterEach(() => {
  vi.unstubAllEnvs();
});

// 11:30 PM on Monday, November 23, 2026 in Los Angeles: already the 24th in UTC and in Auckland.
const LATE_EVENING = '2026-11-24T07:30:00.000Z';

describe('the clinic’s zone', () => {
  it('is the configured zone, whatever the machine’s', () => {
    expect(clinicTimeZone()).toBe('America/Los_Angeles');
  });

  it('is the browser’s when none is configured, or when the name is not a real zone', () => {
    vi.stubEnv('VITE_CLINIC_TIME_ZONE', '');
    expect(clinicTimeZone()).toBe(browserTimeZone());
    vi.stubEnv('VITE_CLINIC_TIME_ZONE', 'Pacific/Atlantis');
    expect(clinicTimeZone()).toBe(browserTimeZone());
    expect(resolveTimeZone('pacific/auckland')).toBe('Pacific/Auckland');
    if (process.env.TZ) expect(browserTimeZone()).toBe(process.env.TZ);
  });
});

describe('near midnight', () => {
  it('an instant shows the clinic’s date and clock, not UTC’s', () => {
    expect(clinicDate(LATE_EVENING)).toBe('2026-11-23');
    expect(formatDate(LATE_EVENING)).toBe('Nov 23, 2026');
    expect(formatDateTime(LATE_EVENING)).toMatch(/^Nov 23, 2026, 11:30 PM/);
    expect(formatDateTime(LATE_EVENING)).not.toContain('UTC');
  });

  it('a calendar date (a date of birth, an end date) never moves, in any clinic zone', () => {
    for (const zone of ['America/Los_Angeles', 'Pacific/Auckland', 'UTC']) {
      vi.stubEnv('VITE_CLINIC_TIME_ZONE', zone);
      expect(formatDate('1967-03-04')).toBe('Mar 4, 1967');
      expect(formatDate('2026-12-31')).toBe('Dec 31, 2026');
    }
  });

  it('Auckland’s clinic reads the same instant as the next morning', () => {
    vi.stubEnv('VITE_CLINIC_TIME_ZONE', 'Pacific/Auckland');
    expect(clinicDate(LATE_EVENING)).toBe('2026-11-24');
    expect(formatDateTime(LATE_EVENING)).toMatch(/^Nov 24, 2026, 8:30 PM/);
  });

  it('a patient turns 18 at the clinic’s midnight, not at UTC’s', () => {
    expect(ageOn('2008-11-24', LATE_EVENING)).toBe(17);
    expect(ageOn('2008-11-24', '2026-11-24T08:00:00.000Z')).toBe(18);
    expect(ageOn('2008-11-24', '2026-11-24')).toBe(18);
  });

  it('a send at 11 PM last night was "yesterday" at 8 AM', () => {
    const sent = '2026-11-23T07:00:00.000Z'; // Nov 22, 11:00 PM
    const now = '2026-11-23T16:00:00.000Z'; // Nov 23, 8:00 AM
    expect(whenAgo(sent, now)).toBe('yesterday');
    expect(daysSince(sent, now)).toBe(1);
  });

  it('an expiry in the evening keeps its own date, and the days left match it', () => {
    const expiresAt = '2026-11-29T05:30:00.000Z'; // Nov 28, 9:30 PM
    const now = '2026-11-24T05:30:00.000Z'; // Nov 23, 9:30 PM
    expect(formatDate(expiresAt)).toBe('Nov 28, 2026');
    expect(expiresInText({ expiresAt }, now)).toBe('expires in 5 days (Nov 28, 2026)');
    expect(expiresInText({ expiresAt }, '2026-11-28T17:00:00.000Z')).toBe(
      'expires today (Nov 28, 2026)',
    );
    expect(expiryText(expiresAt, '2026-11-28T17:00:00.000Z')).toBe('Expires today (Nov 28, 2026)');
    expect(expiryText(expiresAt, '2026-11-29T06:00:00.000Z')).toBe('Expired Nov 28, 2026');
  });
});

describe('across a daylight-saving change', () => {
  it('9 AM reads 9 AM on both sides of the November change in Los Angeles', () => {
    expect(formatDateTime('2026-10-31T16:00:00.000Z')).toMatch(/^Oct 31, 2026, 9:00 AM/);
    expect(formatDateTime('2026-11-02T17:00:00.000Z')).toMatch(/^Nov 2, 2026, 9:00 AM/);
  });

  it('the day the clocks fall back has 25 hours, and the days left count dates, not hours', () => {
    expect(clinicInstant('2026-11-01')).toBe('2026-11-01T07:00:00.000Z');
    expect(clinicInstant('2026-11-02')).toBe('2026-11-02T08:00:00.000Z');
    // Sent Oct 30 at 11:30 PM (PDT); valid 120 hours, so it ends Nov 4 at 10:30 PM (PST).
    const expiresAt = '2026-11-05T06:30:00.000Z';
    expect(formatDate(expiresAt)).toBe('Nov 4, 2026');
    const justAfterMidnight = '2026-11-01T07:30:00.000Z'; // Nov 1, 12:30 AM (PDT)
    expect(daysUntil(expiresAt, justAfterMidnight)).toBe(3);
    expect(expiresInText({ expiresAt }, justAfterMidnight)).toBe('expires in 3 days (Nov 4, 2026)');
  });

  it('Auckland’s spring-forward day has 23 hours, and a skipped time moves on by the hour', () => {
    vi.stubEnv('VITE_CLINIC_TIME_ZONE', 'Pacific/Auckland');
    expect(clinicInstant('2026-09-27')).toBe('2026-09-26T12:00:00.000Z');
    expect(clinicInstant('2026-09-28')).toBe('2026-09-27T11:00:00.000Z');
    expect(clinicInstant('2026-09-27', 2, 30)).toBe('2026-09-26T14:30:00.000Z');
    expect(clinicStamp('2026-09-26T13:59:00.000Z')).toBe('2026-09-27 01:59 +12:00');
    expect(clinicStamp('2026-09-26T14:00:00.000Z')).toBe('2026-09-27 03:00 +13:00');
  });

  it('an export stamp carries the offset in force at that instant', () => {
    expect(clinicStamp('2026-10-31T16:14:00.000Z')).toBe('2026-10-31 09:14 -07:00');
    expect(clinicStamp('2026-11-23T17:14:00.000Z')).toBe('2026-11-23 09:14 -08:00');
    expect(clinicStamp(LATE_EVENING)).toBe('2026-11-23 23:30 -08:00');
  });
});

describe('the zone’s abbreviation', () => {
  it('shows only when the clinic’s zone is not the machine’s', () => {
    vi.stubEnv('VITE_CLINIC_TIME_ZONE', browserTimeZone());
    expect(formatDateTime(LATE_EVENING)).toMatch(/\d:\d\d [AP]M$/);
    const elsewhere =
      browserTimeZone() === 'America/New_York' ? 'America/Chicago' : 'America/New_York';
    vi.stubEnv('VITE_CLINIC_TIME_ZONE', elsewhere);
    expect(formatDateTime(LATE_EVENING)).toMatch(/\d:\d\d [AP]M (EST|CST)$/);
  });
});

describe('calendar dates', () => {
  it('add days without any zone', () => {
    expect(addCalendarDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addCalendarDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addCalendarDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
