import { clinicTimeZoneSetting } from './env';

/**
 * The clinic's time zone, and the conversions between an instant (an ISO timestamp) and the
 * clinic's calendar. Every time on screen, on the printed letter and in the emails is read in
 * this zone; date-only values (a date of birth, an end date) are calendar dates and never pass
 * through it. Intl does all the zone arithmetic: no offset is written by hand.
 */

/** "1967-03-04": a calendar date, as a date of birth, an end date or a document's expiry. */
export function isCalendarDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/** The zone this browser (or Node's TZ) runs in. */
export function browserTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** A valid IANA zone in its canonical spelling, or the browser's zone for an empty or bad name. */
export function resolveTimeZone(setting: string | undefined): string {
  if (!setting) return browserTimeZone();
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: setting }).resolvedOptions().timeZone;
  } catch {
    // An unknown zone name (a typo in the build's settings) falls back to the browser's zone.
    return browserTimeZone();
  }
}

const resolved = new Map<string, string>();

/** The clinic's zone: VITE_CLINIC_TIME_ZONE when it names a real zone, else the browser's. */
export function clinicTimeZone(): string {
  const setting = clinicTimeZoneSetting();
  let zone = resolved.get(setting);
  if (zone === undefined) {
    zone = resolveTimeZone(setting);
    resolved.set(setting, zone);
  }
  return zone;
}

/**
 * Whether the clinic's zone differs from this machine's: only then could a time be read in the
 * wrong zone, so only then does a time carry the zone's abbreviation.
 */
export function zonesCouldBeConfused(): boolean {
  return clinicTimeZone() !== browserTimeZone();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** One cached Intl formatter per zone and set of options (building one is slow). */
export function formatterIn(
  zone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${zone} ${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { ...options, timeZone: zone });
    formatters.set(key, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
  hourCycle: 'h23',
};

/** The clinic's calendar date and clock time at an instant. */
function wallClock(at: Date, zone: string): WallClock {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of formatterIn(zone, WALL_CLOCK).formatToParts(at)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/** Minutes the zone is ahead of UTC at that instant (-480 in Los Angeles in winter). */
export function offsetMinutes(at: Date, zone: string = clinicTimeZone()): number {
  const w = wallClock(at, zone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

/** "-08:00", "+13:00", "+00:00". */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The clinic's calendar date (YYYY-MM-DD) at an instant: "today" is clinicDate(now). */
export function clinicDate(iso: string | Date, zone: string = clinicTimeZone()): string {
  const w = wallClock(new Date(iso), zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}

/** "2026-11-23 09:14 -08:00": the clinic's date and clock with its offset, for exports. */
export function clinicStamp(iso: string, zone: string = clinicTimeZone()): string {
  const at = new Date(iso);
  const w = wallClock(at, zone);
  return `${w.year}-${pad(w.month)}-${pad(w.day)} ${pad(w.hour)}:${pad(w.minute)} ${offsetText(offsetMinutes(at, zone))}`;
}

/**
 * The instant the clinic's clock reads `hour:minute` on a calendar date (YYYY-MM-DD); 0:00 gives
 * the start of that day. The zone's offset is read at the guess and read again at the answer, so a
 * day on which the clocks change lands right. A time the clocks skip (2:30 on the spring-forward
 * night) moves on by the hour skipped, as Temporal's "compatible" choice does.
 */
export function clinicInstant(
  date: string,
  hour = 0,
  minute = 0,
  zone: string = clinicTimeZone(),
): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour, minute);
  const first = wall - offsetMinutes(new Date(wall), zone) * 60_000;
  const second = wall - offsetMinutes(new Date(first), zone) * 60_000;
  if (second === first) return new Date(first).toISOString();
  // The two reads differ: the wall time is next to a change of the clocks. The earlier candidate
  // wins if the clock shows the wanted time then; else the time was skipped: the later one.
  const earlier = Math.min(first, second);
  const w = wallClock(new Date(earlier), zone);
  const pick = w.hour === hour && w.minute === minute ? earlier : Math.max(first, second);
  return new Date(pick).toISOString();
}
