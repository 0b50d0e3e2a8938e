import { addDays } from '../../src/lib/dates';
import { applyComingOfAge } from './coming-of-age';
import { recordAudit, type Actor, type Store } from './context';

/** The Outbox: every email the mock clinic "sent", newest first, with its delivery status. */
export function outbox(store: Store) {
  const statusOf = (deliveryId: string | null) =>
    store.deliveries.find((d) => d.id === deliveryId)?.status ?? 'sent';
  const emails = [...store.emails]
    .reverse()
    .sort((a, b) => (a.sentAt < b.sentAt ? 1 : a.sentAt > b.sentAt ? -1 : 0))
    .map(({ deliveryId, ...e }) => {
      const s = statusOf(deliveryId);
      return { ...e, deliveryStatus: s === 'printed' ? ('sent' as const) : s };
    });
  return { now: store.now, emails };
}

/**
 * Moves the demo clock forward, for training on expiry. What the system does as days pass (a
 * birthday's change of access) happens on the way, after the move is audited.
 */
export function advanceClock(store: Store, actor: Actor, input: { days: number }) {
  const before = store.now;
  store.now = addDays(store.now, input.days);
  recordAudit(
    store,
    actor,
    null,
    'Mock clock advanced',
    `Moved forward ${input.days} day(s) for training.`,
    store.now,
  );
  applyComingOfAge(store, before, store.now);
  return outbox(store);
}
