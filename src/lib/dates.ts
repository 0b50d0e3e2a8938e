const DAY_MS = 24 * 60 * 60 * 1000;

export function addDays(iso: string, days: number): string {
  return new Date(new Date(iso).getTime() + days * DAY_MS).toISOString();
}

/** Whole years between a date of birth (YYYY-MM-DD) and `asOf`. */
export function ageOn(dateOfBirth: string, asOf: string | Date): number {
  const now = new Date(asOf);
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  let age = now.getUTCFullYear() - y;
  const beforeBirthday =
    now.getUTCMonth() + 1 < m || (now.getUTCMonth() + 1 === m && now.getUTCDate() < d);
  if (beforeBirthday) age -= 1;
  return age;
}

/** Calendar days from `from` until `to`, rounded up: 4.2 days left reads "expires in 5 days". */
export function daysUntil(to: string, from: string): number {
  return Math.ceil((new Date(to).getTime() - new Date(from).getTime()) / DAY_MS);
}

export function daysSince(then: string, now: string): number {
  return Math.floor((new Date(now).getTime() - new Date(then).getTime()) / DAY_MS);
}
