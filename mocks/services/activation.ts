import type { Activation } from '../../src/api/contract/today';
import { clinicDate } from '../../src/lib/clinic-time';
import { addCalendarDays, daysSince } from '../../src/lib/dates';
import { TODAY_RULES } from '../../src/lib/today-rules';
import type { DbCode, DbDelivery } from '../db';
import type { Store } from './context';

/**
 * Portal activation for Today's chart: each link counts once, in the week of its first send (an
 * email or a printed letter), as sent and, once used, as redeemed. One pass over the deliveries of
 * the weeks shown and one over the codes.
 */
export function activation(store: Store, now: string): Activation {
  const today = clinicDate(now);
  const weeks = TODAY_RULES.activationWeeks;
  const firstDay = addCalendarDays(today, -7 * weeks + 1);
  const firstSend = new Map<string, DbDelivery>();
  for (const d of store.deliveries) {
    if (clinicDate(d.at) < firstDay) continue;
    const seen = firstSend.get(d.codeId);
    if (!seen || d.at < seen.at) firstSend.set(d.codeId, d);
  }
  const codes = new Map<string, DbCode>();
  for (const c of store.codes) if (firstSend.has(c.id)) codes.set(c.id, c);

  const rows = Array.from({ length: weeks }, (_, i) => ({
    weekStart: addCalendarDays(firstDay, 7 * i),
    sent: 0,
    redeemed: 0,
  }));
  const byChannel = { email: { sent: 0, redeemed: 0 }, print: { sent: 0, redeemed: 0 } };
  const days: number[] = [];
  for (const [codeId, d] of firstSend) {
    const week = rows[Math.floor(daysSince(firstDay, d.at) / 7)];
    const redeemedAt = codes.get(codeId)?.redeemedAt ?? null;
    if (!week) continue;
    week.sent += 1;
    byChannel[d.channel].sent += 1;
    if (!redeemedAt) continue;
    week.redeemed += 1;
    byChannel[d.channel].redeemed += 1;
    days.push(daysSince(d.at, redeemedAt));
  }
  days.sort((a, b) => a - b);
  const mid = Math.floor(days.length / 2);
  const median =
    days.length === 0 ? null : days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
  return { weeks: rows, medianDaysToRedeem: median, byChannel };
}
