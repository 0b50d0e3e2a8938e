import { bench, describe } from 'vitest';
import { TEST_NOW } from '../../mocks/db';
import { createSeed } from '../../mocks/seed';
import { comingOfAgeRows } from '../../mocks/services/coming-of-age';
import type { Actor, Store } from '../../mocks/services/context';
import {
  atRiskRows,
  grantsEndingRows,
  linkingRows,
  teenOnGuardianEmailRows,
  today,
  waitingRequestRows,
} from '../../mocks/services/today';

// `npm run bench`, part 2: each of Today's lists, its lookups included, at the demo's 8,000
// patients and at ten times that, names included. The goal is under 50 ms a list at 80,000.
const LISTS: Record<string, (store: Store, now: string) => unknown> = {
  'requests waiting': waitingRequestRows,
  'family linking': linkingRows,
  'invitations at risk': atRiskRows,
  'coming of age': comingOfAgeRows,
  'teen accounts on a guardian email': teenOnGuardianEmailRows,
  'grants ending': grantsEndingRows,
};

for (const patients of [8_000, 80_000]) {
  const store = createSeed(TEST_NOW, patients);
  const manager = store.staff.find((s) => s.role === 'clinic_manager')!;
  const actor: Actor = { id: manager.id, name: manager.name, role: manager.role };
  // A bench that throws prints only NaN: prove the seed fills the lists first.
  if (today(store, actor, TEST_NOW).comingOfAge.visible !== true)
    throw new Error('Coming of age is hidden from a manager');

  describe(`Today's lists over ${store.patients.length.toLocaleString('en-US')} patients`, () => {
    for (const [name, list] of Object.entries(LISTS)) {
      bench(name, () => {
        list(store, TEST_NOW);
      });
    }
    bench('the whole summary (GET /today)', () => {
      today(store, actor, TEST_NOW);
    });
  });
}
