import type { DbAccount, DbPatient } from '../db';
import type { Store } from './context';

/*
 * Lookups for Today's lists, each one pass over a collection for just the patients a list needs,
 * so a list stays linear in the clinic's size and cheap at 80,000 patients (npm run bench): no map
 * of every patient, no clock or date parsing per patient.
 */

/** The patients with these ids, by id: one pass. */
export function patientsById(store: Store, ids: ReadonlySet<string>): Map<string, DbPatient> {
  const found = new Map<string, DbPatient>();
  if (ids.size === 0) return found;
  for (const p of store.patients) if (ids.has(p.id)) found.set(p.id, p);
  return found;
}

/** The active account holding each of these records (a record lives in one account). */
export function accountsHolding(store: Store, ids: ReadonlySet<string>): Map<string, DbAccount> {
  const found = new Map<string, DbAccount>();
  if (ids.size === 0) return found;
  for (const a of store.accounts) {
    if (a.status !== 'active') continue;
    for (const r of a.records)
      if (ids.has(r.patientId) && !found.has(r.patientId)) found.set(r.patientId, a);
  }
  return found;
}

/** The account holds this record as someone else's: its first record is its holder's own. */
export function heldByAnother(account: DbAccount | undefined, patientId: string): boolean {
  return Boolean(account && account.records[0]?.patientId !== patientId);
}

/** The date of birth (YYYY-MM-DD) of someone turning `age` on `day`: the same text, years back. */
export function bornYearsBefore(day: string, age: number): string {
  return `${String(Number(day.slice(0, 4)) - age).padStart(4, '0')}${day.slice(4)}`;
}

/** Fills in each row's patient name from its patient id, after the list is cut to its top rows. */
export function withNames<Row extends { patientId: string; patientName: string }>(
  store: Store,
  rows: Row[],
): Row[] {
  const found = patientsById(store, new Set(rows.map((r) => r.patientId)));
  return rows.map((r) => {
    const p = found.get(r.patientId);
    return { ...r, patientName: p ? `${p.firstName} ${p.lastName}` : 'Unknown record' };
  });
}
