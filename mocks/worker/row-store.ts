import { createStore, entries, promisifyRequest, type UseStore } from 'idb-keyval';
import type { DbState } from '../db';
import type { Changes, RowKey } from './tracker';

/**
 * The browser clinic's saved copy in IndexedDB: never the clinic itself. The seed is the same on
 * every run for a given day, so only the day it was made and the rows changed since are kept;
 * loading rebuilds the seed and lays those rows over it. A change writes its own rows in one
 * transaction, whatever the size of the clinic.
 */

/** Bump when DbState changes shape, so an old saved clinic is replaced by a fresh seed. */
const SCHEMA = 10;
const META: IDBValidKey = ['meta'];

interface Meta {
  schema: number;
  seedNow: string;
  /** Row counts and last ids of the seed: a different seed makes the saved rows meaningless. */
  fingerprint: string;
  now: string;
  nextId: number;
}

/** Which seed the saved rows lie over. */
export type SeedIdentity = Pick<Meta, 'seedNow' | 'fingerprint'>;

/** One saved change, as sent to other copies of the clinic (dedicated workers in other tabs). */
export interface RowUpdate {
  reset: boolean;
  meta: Meta;
  rows: [RowKey, unknown][];
}

export function openRowStore(name: string): UseStore {
  return createStore(name, 'rows');
}

export function seedFingerprint(seed: DbState): string {
  return Object.entries(seed)
    .map(([k, v]) =>
      Array.isArray(v) ? `${k}:${v.length}:${(v.at(-1) as { id?: string })?.id}` : k,
    )
    .join('|');
}

type Bag = Record<string, unknown>;

function valueAt(state: DbState, [collection, at]: RowKey): unknown {
  return (state as unknown as Record<string, Bag>)[collection]?.[at];
}

/** Lays saved rows over a state (a missing value is a deleted key). */
export function applyRows(state: DbState, rows: [RowKey, unknown][]): void {
  for (const [[collection, at], value] of rows) {
    const target = (state as unknown as Record<string, Bag>)[collection];
    if (!target) continue;
    if (value === undefined) delete target[at];
    else target[at] = value;
  }
}

/**
 * Loads the saved clinic, or null when there is none usable. `seed` rebuilds the seed of a day.
 */
export async function loadClinic(
  store: UseStore,
  seed: (now: string) => DbState,
): Promise<{ state: DbState; seed: SeedIdentity } | null> {
  const saved = await entries<IDBValidKey, unknown>(store);
  const meta = saved.find(([k]) => JSON.stringify(k) === JSON.stringify(META))?.[1] as
    Meta | undefined;
  if (meta?.schema !== SCHEMA) return null;
  const state = seed(meta.seedNow);
  const fingerprint = seedFingerprint(state);
  if (fingerprint !== meta.fingerprint) return null;
  applyRows(
    state,
    saved.filter(([k]) => Array.isArray(k) && k.length === 2) as [RowKey, unknown][],
  );
  state.now = meta.now;
  state.nextId = meta.nextId;
  return { state, seed: { seedNow: meta.seedNow, fingerprint } };
}

/** The rows a change touched, with their values now (undefined: the key was deleted). */
export function changedRows(state: DbState, changes: Changes): [RowKey, unknown][] {
  const rows: [RowKey, unknown][] = [...changes.rows.values()].map((key) => [
    key,
    valueAt(state, key),
  ]);
  for (const name of changes.rewrite) {
    const all = (state as unknown as Record<string, Bag>)[name] ?? {};
    for (const [k, v] of Object.entries(all))
      rows.push([[name, Array.isArray(all) ? Number(k) : k], v]);
  }
  return rows;
}

/**
 * Saves what changed, in one transaction; resolves once it has committed. After a reset
 * everything saved before is dropped first.
 */
export async function saveChanges(
  store: UseStore,
  state: DbState,
  changes: Changes,
  seed: SeedIdentity,
  reset: boolean,
): Promise<RowUpdate> {
  const rows = changedRows(state, changes);
  const meta: Meta = { schema: SCHEMA, ...seed, now: state.now, nextId: state.nextId };
  await store('readwrite', (s) => {
    if (reset) s.clear();
    s.put(meta, META);
    for (const name of changes.rewrite) s.delete(IDBKeyRange.bound([name, 0], [name, []]));
    for (const [key, value] of rows) {
      if (value === undefined) s.delete(key);
      else s.put(value, key);
    }
    return promisifyRequest(s.transaction);
  });
  return { reset, meta, rows };
}
