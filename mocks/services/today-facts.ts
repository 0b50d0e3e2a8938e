import type { DbAccount, DbCode, DbDelivery, DbPatient } from '../db';
import type { Store } from './context';

/**
 * One pass over the store into lookups by patient, so each list is linear in the clinic's size
 * (80,000 patients answer in a few milliseconds) rather than a scan per patient.
 */
export interface TodayFacts {
  patients: Map<string, DbPatient>;
  /** The one active account holding each record. */
  accountOf: Map<string, DbAccount>;
  latestCodeOf: Map<string, DbCode>;
  latestEmailOf: Map<string, DbDelivery>;
}

export function todayFacts(store: Store): TodayFacts {
  const patients = new Map(store.patients.map((p) => [p.id, p]));
  const accountOf = new Map<string, DbAccount>();
  for (const a of store.accounts) {
    if (a.status !== 'active') continue;
    for (const r of a.records) if (!accountOf.has(r.patientId)) accountOf.set(r.patientId, a);
  }
  const latestCodeOf = new Map<string, DbCode>();
  for (const c of store.codes) {
    const seen = latestCodeOf.get(c.patientId);
    if (!seen || c.issuedAt >= seen.issuedAt) latestCodeOf.set(c.patientId, c);
  }
  const latestEmailOf = new Map<string, DbDelivery>();
  for (const d of store.deliveries) {
    if (d.channel !== 'email') continue;
    const seen = latestEmailOf.get(d.patientId);
    if (!seen || d.at >= seen.at) latestEmailOf.set(d.patientId, d);
  }
  return { patients, accountOf, latestCodeOf, latestEmailOf };
}

/** The account holds this record as someone else's: its first record is its holder's own. */
export function heldByAnother(account: DbAccount | undefined, patientId: string): boolean {
  return Boolean(account && account.records[0]?.patientId !== patientId);
}
