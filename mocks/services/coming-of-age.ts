import type { ComingOfAgeRow } from '../../src/api/contract/today';
import { clinicDate } from '../../src/lib/clinic-time';
import { addCalendarDays } from '../../src/lib/dates';
import { COMING_OF_AGE, COMING_OF_AGE_AGES } from '../../src/lib/coming-of-age-rules';
import { SYSTEM_ACTOR_NAME } from '../../src/lib/system-actor';
import { birthdayAt, TODAY_RULES } from '../../src/lib/today-rules';
import type { DbPatient, DbProxyGrant } from '../db';
import { comingOfAgeEmail } from '../emails';
import { removeRecordFromAccount } from './accounts';
import { newId, recordAudit, type Store } from './context';
import { patientName } from './records';
import { accountsHolding, bornYearsBefore, heldByAnother, patientsById } from './today-facts';

/** The system itself, as the audit log names it when a birthday changes access. */
export const SYSTEM_ACTOR = { name: SYSTEM_ACTOR_NAME, role: null } as const;

const PARENT_RELATIONSHIPS: readonly DbProxyGrant['carePartner']['relationship'][] = [
  'parent',
  'legal_guardian',
];

/** A legal document still in force on the birthday continues a guardian's access past 18. */
const continuedByDocument = (g: DbProxyGrant, birthday: string) =>
  g.legalDocument !== null &&
  (g.legalDocument.expiresOn === null || g.legalDocument.expiresOn > birthday);

/** The parent's or guardian's grants a birthday changes. */
function grantsChanging(grants: DbProxyGrant[], turns: 12 | 18, birthday: string) {
  return grants.filter((g) => {
    if (g.status === 'revoked' || !PARENT_RELATIONSHIPS.includes(g.carePartner.relationship))
      return false;
    if (turns === 18) return !continuedByDocument(g, birthday);
    return COMING_OF_AGE[12].keeps(g.scope).length < g.scope.length;
  });
}

function grantsByPatient(store: Store, ids: ReadonlySet<string>): Map<string, DbProxyGrant[]> {
  const map = new Map<string, DbProxyGrant[]>();
  for (const g of store.proxyGrants)
    if (ids.has(g.patientId)) map.set(g.patientId, [...(map.get(g.patientId) ?? []), g]);
  return map;
}

/**
 * Patients with a 12th or 18th birthday after `from` and on or before `to` (calendar dates), with
 * that birthday. Dates of birth are compared as text against the window moved back by the age,
 * then checked exactly (a 29 February birthday falls on 1 March in other years).
 */
function birthdaysBetween(store: Store, from: string, to: string) {
  const due: { patient: DbPatient; turns: 12 | 18; birthday: string }[] = [];
  const windows = COMING_OF_AGE_AGES.map((turns) => ({
    turns,
    after: bornYearsBefore(addCalendarDays(from, -1), turns),
    until: bornYearsBefore(to, turns),
  }));
  for (const p of store.patients) {
    for (const { turns, after, until } of windows) {
      if (p.dateOfBirth <= after || p.dateOfBirth > until) continue;
      const birthday = birthdayAt(p.dateOfBirth, turns);
      if (birthday > from && birthday <= to) due.push({ patient: p, turns, birthday });
    }
  }
  return due;
}

/** Who holds each due patient's record, and their parents' grants: one pass each. */
function accessOf(store: Store, due: { patient: DbPatient }[]) {
  const ids = new Set(due.map((d) => d.patient.id));
  return { accounts: accountsHolding(store, ids), grants: grantsByPatient(store, ids) };
}

/** Patients whose access changes at a birthday in the next 30 days, soonest first. */
export function comingOfAgeRows(store: Store, now: string): ComingOfAgeRow[] {
  const today = clinicDate(now);
  const due = birthdaysBetween(store, today, addCalendarDays(today, TODAY_RULES.lookAheadDays));
  const { accounts, grants } = accessOf(store, due);
  const holders = patientsById(
    store,
    new Set([...accounts.values()].map((a) => a.records[0]?.patientId ?? '')),
  );
  const rows: ComingOfAgeRow[] = [];
  for (const { patient: p, turns, birthday } of due) {
    const account = accounts.get(p.id);
    const affected = grantsChanging(grants.get(p.id) ?? [], turns, birthday).map(
      (g) => g.carePartner.name,
    );
    if (account && heldByAnother(account, p.id)) {
      const holder = holders.get(account.records[0]!.patientId);
      affected.unshift(holder ? patientName(holder) : account.email);
    }
    if (affected.length === 0) continue;
    rows.push({
      patientId: p.id,
      patientName: patientName(p),
      birthday,
      turns,
      rule: COMING_OF_AGE[turns].rule,
      affected,
      hasOwnLogin: Boolean(account && !heldByAnother(account, p.id)),
    });
  }
  return rows.sort((a, b) => a.birthday.localeCompare(b.birthday));
}

/**
 * The change each birthday makes, done by the system when the clinic's clock passes it (the demo
 * clock moving forward, or a nightly job on a backend): audited as the system, and the parent
 * emailed. Birthdays after `from` up to `to` are handled, so each happens once.
 */
export function applyComingOfAge(store: Store, from: string, to: string): void {
  const due = birthdaysBetween(store, clinicDate(from), clinicDate(to));
  const { accounts, grants } = accessOf(store, due);
  for (const { patient: p, turns, birthday } of due) {
    const notify = (email: string) =>
      store.emails.push({
        id: newId(store, 'eml'),
        deliveryId: null,
        ...comingOfAgeEmail(p, turns, birthday, email, to),
      });
    const auditChange = (what: string) =>
      recordAudit(store, SYSTEM_ACTOR, p.id, `Access changed at ${turns}`, what, to);
    const account = accounts.get(p.id);
    if (account && heldByAnother(account, p.id)) {
      const record = account.records.find((r) => r.patientId === p.id)!;
      if (turns === 18) {
        auditChange(`Turned 18 on ${birthday}: ${removeRecordFromAccount(account, p.id)}.`);
      } else if (record.access === 'full') {
        record.access = 'limited';
        auditChange(
          `Turned 12 on ${birthday}: access in portal account ${account.email} narrowed.`,
        );
      }
      notify(account.email);
    }
    for (const g of grantsChanging(grants.get(p.id) ?? [], turns, birthday)) {
      g.version += 1;
      if (turns === 18) {
        g.status = 'revoked';
        g.revokedAt = to;
        g.revokedReason = `${patientName(p)} turned 18; no legal document continues this access.`;
        auditChange(`Turned 18 on ${birthday}: ${g.carePartner.name}'s shared access ended.`);
      } else {
        g.scope = COMING_OF_AGE[12].keeps(g.scope);
        auditChange(`Turned 12 on ${birthday}: ${g.carePartner.name}'s shared access narrowed.`);
      }
      notify(g.carePartner.email);
    }
  }
}
