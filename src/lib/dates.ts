import { clinicDate, isCalendarDate } from './clinic-time';

const DAY_MS = 24 * 60 * 60 * 1000;

/** An instant `days` × 24 hours later: a code valid 5 days expires 120 hours after it is issued. */
export function addDays(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * DAY_MS).toISOString();
}

/** The calendar date `days` later (YYYY-MM-DD in, YYYY-MM-DD out): no zone involved. */
export function addCalendarDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The clinic's calendar date of an instant; a calendar date stays as it is. */
function dayOf(value: string | Date): string {
  return typeof value === 'string' && isCalendarDate(value) ? value : clinicDate(value);
}

/** Days between two calendar dates (YYYY-MM-DD), exact: a day is a date, not 24 hours. */
function calendarDaysBetween(from: string, to: string): number {
  const utc = (date: string) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((utc(to) - utc(from)) / DAY_MS);
}

/** Whole years between a date of birth (YYYY-MM-DD) and `asOf`, on the clinic's calendar. */
export function ageOn(dateOfBirth: string, asOf: string | Date): number {
  const [ty, tm, td] = dayOf(asOf).split('-').map(Number) as [number, number, number];
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = ty - y;
  if (tm < m || (tm === m && td < d)) age -= 1;
  return age;
}

/**
 * Calendar days from `from` until `to` on the clinic's calendar: a code that expires tomorrow
 * evening "expires in 1 day", whatever the hour now; one that expires later today, in 0.
 */
export function daysUntil(to: string, from: string): number {
  return calendarDaysBetween(dayOf(from), dayOf(to));
}

/** Calendar days since `then` on the clinic's calendar: last night at 11 PM is "yesterday". */
export function daysSince(then: string, now: string): number {
  return calendarDaysBetween(dayOf(then), dayOf(now));
}
