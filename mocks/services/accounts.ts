import type { DbAccount } from '../db';
import { recordAudit, type Actor, type Store } from './context';

/**
 * Takes a record out of a portal account. The account stays for its other records; one left
 * holding nothing would be a login to no record, so it is disabled. Returns what happened, in
 * words for the audit log.
 */
export function removeRecordFromAccount(account: DbAccount, patientId: string): string {
  account.records = account.records.filter((r) => r.patientId !== patientId);
  if (account.records.length > 0) return `record removed from portal account ${account.email}`;
  account.status = 'disabled';
  return `record removed from portal account ${account.email} (account disabled: it holds no other record)`;
}

/** A record lives in one account: taking it into `keep` removes it from any other. */
export function detachFromOtherAccounts(
  store: Store,
  patientId: string,
  keep: DbAccount | null,
  now: string,
): void {
  for (const account of store.accounts) {
    if (account === keep || !account.records.some((r) => r.patientId === patientId)) continue;
    removeRecordFromAccount(account, patientId);
    const actor: Actor = { id: account.id, name: account.email, role: null };
    recordAudit(
      store,
      actor,
      patientId,
      'Record removed from portal account',
      `Moved out of ${account.email} by a Medical Records Access Link.`,
      now,
    );
  }
}
