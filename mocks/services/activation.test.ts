import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/lib/dates';
import { activation } from './activation';
import { idOf, testClinic } from './test-clinic';

describe("Today's activation chart", () => {
  it('counts each link once in the week of its first send, with its channel and days to use', () => {
    const { store, now } = testClinic();
    const robert = idOf(store, 'Robert Chen');
    const code = (id: string, daysAgo: number, redeemedDaysAgo: number | null) => ({
      ...structuredClone(store.codes[0]!),
      id,
      patientId: robert,
      issuedAt: addDays(now, -daysAgo),
      redeemedAt: redeemedDaysAgo === null ? null : addDays(now, -redeemedDaysAgo),
    });
    store.codes = [code('c_email', 3, 1), code('c_print', 10, null)];
    const delivery = (codeId: string, channel: 'email' | 'print', daysAgo: number) => ({
      id: `d_${codeId}_${daysAgo}`,
      codeId,
      patientId: robert,
      channel,
      to: channel === 'email' ? 'robert.chen@example.com' : null,
      at: addDays(now, -daysAgo),
      byName: 'Felix Moreno',
      status: 'delivered' as const,
      language: 'en',
    });
    // The emailed link was sent twice: it counts once, from its first send.
    store.deliveries = [
      delivery('c_email', 'email', 3),
      delivery('c_email', 'email', 2),
      delivery('c_print', 'print', 10),
    ];
    const a = activation(store, now);
    expect(a.weeks).toHaveLength(8);
    expect(a.weeks.at(-1)).toMatchObject({ sent: 1, redeemed: 1 });
    expect(a.weeks.at(-2)).toMatchObject({ sent: 1, redeemed: 0 });
    expect(a.byChannel).toEqual({
      email: { sent: 1, redeemed: 1 },
      print: { sent: 1, redeemed: 0 },
    });
    expect(a.medianDaysToRedeem).toBe(2);
  });
});
