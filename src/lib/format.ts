import { clinicTimeZone, formatterIn, isCalendarDate, zonesCouldBeConfused } from './clinic-time';

const DATE: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const DATE_TIME: Intl.DateTimeFormatOptions = { ...DATE, hour: 'numeric', minute: '2-digit' };

/**
 * "Mar 4, 1967". A calendar date (YYYY-MM-DD) shows as it is, never shifted by a zone; an instant
 * (an expiry, a send) shows the clinic's date at that instant.
 */
export function formatDate(iso: string): string {
  if (isCalendarDate(iso)) return formatterIn('UTC', DATE).format(new Date(`${iso}T00:00:00Z`));
  return formatterIn(clinicTimeZone(), DATE).format(new Date(iso));
}

/**
 * "Nov 23, 2026, 9:14 AM" on the clinic's clock. The zone's abbreviation ("PST") is added only
 * when the clinic's zone is not this machine's, the one case where the time could be misread.
 */
export function formatDateTime(iso: string): string {
  const options = zonesCouldBeConfused()
    ? { ...DATE_TIME, timeZoneName: 'short' as const }
    : DATE_TIME;
  return formatterIn(clinicTimeZone(), options).format(new Date(iso));
}

/** "9:41 AM" on the clinic's clock, for an instant of today; the zone as formatDateTime adds it. */
export function formatTime(iso: string): string {
  const options: Intl.DateTimeFormatOptions = { hour: 'numeric', minute: '2-digit' };
  if (zonesCouldBeConfused()) options.timeZoneName = 'short';
  return formatterIn(clinicTimeZone(), options).format(new Date(iso));
}

export function fullName(p: { firstName: string; lastName: string }): string {
  return `${p.firstName} ${p.lastName}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
