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
import { heldByAnother, todayFacts, type TodayFacts } from './today-facts';

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

function grantsByPatient(store: Store): Map<string, DbProxyGrant[]> {
  const map = new Map<string, DbProxyGrant[]>();
  for (const g of store.proxyGrants) map.set(g.patientId, [...(map.get(g.patientId) ?? []), g]);
  return map;
}

/** The birthday at 12 or 18 that falls after `from` and on or before `to` (calendar dates). */
function birthdayBetween(p: DbPatient, from: string, to: string) {
  for (const turns of COMING_OF_AGE_AGES) {
    const birthday = birthdayAt(p.dateOfBirth, turns);
    if (birthday > from && birthday <= to) return { turns, birthday };
  }
  return null;
}

/** Patients whose access changes at a birthday in the next 30 days, soonest first. */
export function comingOfAgeRows(store: Store, f: TodayFacts, now: string): ComingOfAgeRow[] {
  const today = clinicDate(now);
  const last = addCalendarDays(today, TODAY_RULES.lookAheadDays);
  const grants = grantsByPatient(store);
  const rows: ComingOfAgeRow[] = [];
  for (const p of store.patients) {
    const next = birthdayBetween(p, today, last);
    if (!next) continue;
    const account = f.accountOf.get(p.id);
    const affected = grantsChanging(grants.get(p.id) ?? [], next.turns, next.birthday).map(
      (g) => g.carePartner.name,
    );
    if (heldByAnother(account, p.id)) {
      const holder = f.patients.get(account!.records[0]!.patientId);
      affected.unshift(holder ? patientName(holder) : account!.email);
    }
    if (affected.length === 0) continue;
    rows.push({
      patientId: p.id,
      patientName: patientName(p),
      birthday: next.birthday,
      turns: next.turns,
      rule: COMING_OF_AGE[next.turns].rule,
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
  const start = clinicDate(from);
  const end = clinicDate(to);
  const f = todayFacts(store);
  const grants = grantsByPatient(store);
  for (const p of store.patients) {
    const due = birthdayBetween(p, start, end);
    if (!due) continue;
    const { turns, birthday } = due;
    const notify = (email: string) =>
      store.emails.push({
        id: newId(store, 'eml'),
        deliveryId: null,
        ...comingOfAgeEmail(p, turns, birthday, email, to),
      });
    const auditChange = (what: string) =>
      recordAudit(store, SYSTEM_ACTOR, p.id, `Access changed at ${turns}`, what, to);
    const account = f.accountOf.get(p.id);
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
