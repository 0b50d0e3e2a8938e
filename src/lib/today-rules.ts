/**
 * Today's rules, set in one place: the API builds the lists from them and the screen says them in
 * words. Changing a number here changes both.
 */
export const TODAY_RULES = {
  /** A shared-access request should be decided within this many business days (Mon–Fri). */
  turnaroundBusinessDays: 2,
  /** Family linking with no record linked, sent or added for this many days is stalled. */
  stalledAfterDays: 3,
  /** Links expiring unused within this many hours are at risk. */
  expiringWithinHours: 48,
  /** Links that expired unused this many days ago or less are still worth a new send. */
  expiredWithinDays: 14,
  /** A care partner's invitation not accepted after this many days needs a nudge. */
  carePartnerUnacceptedAfterDays: 3,
  /** Coming of age and grants ending: how far ahead staff see them. */
  lookAheadDays: 30,
  /** Median turnaround is taken over decisions of this many past days. */
  turnaroundWindowDays: 30,
  /** Weeks of portal activation the chart shows. */
  activationWeeks: 8,
  /** Rows each list answers with; the count is always the whole list. */
  rowsPerList: 50,
} as const;

/**
 * The birthday (YYYY-MM-DD) on which someone born on `dateOfBirth` turns `age`. A 29 February
 * birthday falls on 1 March in a year that has none, the day they are legally that age.
 */
export function birthdayAt(dateOfBirth: string, age: number): string {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y + age, m - 1, d)).toISOString().slice(0, 10);
}

/** Business days (Mon–Fri, on the calendar) from `from` to `to`, both YYYY-MM-DD. */
export function businessDaysBetween(from: string, to: string): number {
  const start = Date.parse(`${from}T00:00:00Z`);
  const end = Date.parse(`${to}T00:00:00Z`);
  let days = 0;
  for (let t = start + 86_400_000; t <= end; t += 86_400_000) {
    const weekday = new Date(t).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days += 1;
  }
  return days;
}
