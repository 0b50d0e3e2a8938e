import { runtime } from './runtime';
import { createSeed } from './seed';
import type { DbState } from './db-types';

export type * from './db-types';

/** Fixed instant tests start from, so every run sees the same clinic. */
export const TEST_NOW = '2026-11-23T09:00:00.000Z';

let pristine: DbState | null = null;
let pristineOf: string | null = null;

/** The in-memory clinic. Handlers pass it to the services; nothing else changes it. */
export let db: DbState = seedFor(runtime.seedNow() ?? TEST_NOW);

function seedFor(now: string): DbState {
  if (!runtime.keepPristineSeed) return createSeed(now, runtime.seedPatients);
  const of = `${now} ${runtime.seedPatients}`;
  if (!pristine || pristineOf !== of) {
    pristine = createSeed(now, runtime.seedPatients);
    pristineOf = of;
  }
  return structuredClone(pristine);
}

/** Back to the seed (the same data every run), optionally on a different clock. */
export function resetDb(now: string = TEST_NOW): DbState {
  db = seedFor(now);
  return db;
}

export function replaceDb(state: DbState): void {
  db = state;
}
