import type {
  AtRiskRow,
  ComingOfAgeRow,
  GrantEndingRow,
  LinkingRow,
  TeenOnGuardianEmailRow,
  Today,
  WaitingRequestRow,
} from '../../src/api/contract/today';
import { WAITING_STATUSES } from '../../src/api/contract/shared-access';
import { clinicDate } from '../../src/lib/clinic-time';
import { addCalendarDays, addDays, daysSince } from '../../src/lib/dates';
import { can, deniedReason, type Action } from '../../src/lib/permissions';
import { businessDaysBetween, TODAY_RULES } from '../../src/lib/today-rules';
import { activation } from './activation';
import { authorize, type Actor, type Store } from './context';
import { comingOfAgeRows } from './coming-of-age';
import { linkingRequests, toSummary } from './family-linking-view';
import type { DbCode, DbDelivery, DbPatient } from '../db';
import { patientName } from './records';
import { bornYearsBefore, patientsById, withNames } from './today-facts';

/** A list shown to the roles that may act on it; to the others, one line saying who does. */
function worklist<Row>(actor: Actor, action: Action, rows: () => Row[], finish = (r: Row[]) => r) {
  if (!can(actor.role, action)) return { visible: false as const, handledBy: deniedReason(action) };
  const all = rows();
  return {
    visible: true as const,
    total: all.length,
    rows: finish(all.slice(0, TODAY_RULES.rowsPerList)),
  };
}

/** Shared-access requests waiting for a decision, oldest first, against the turnaround target. */
export function waitingRequestRows(store: Store, now: string): WaitingRequestRow[] {
  const today = clinicDate(now);
  return store.proxyRequests
    .filter((r) => WAITING_STATUSES.includes(r.status))
    .sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1))
    .map((r) => {
      const waited = businessDaysBetween(clinicDate(r.receivedAt), today);
      return {
        requestId: r.id,
        patientId: r.patientId,
        patientName: '',
        carePartnerName: r.carePartner.name,
        receivedAt: r.receivedAt,
        businessDaysWaiting: waited,
        overdue: waited > TODAY_RULES.turnaroundBusinessDays,
      };
    });
}

/** Median business days from request to first decision, over decisions of the last 30 days. */
export function medianTurnaround(store: Store, now: string): number | null {
  const since = addDays(now, -TODAY_RULES.turnaroundWindowDays);
  const days = store.proxyRequests
    .flatMap((r) => {
      const first = r.decisions[0];
      return first && first.at >= since
        ? [businessDaysBetween(clinicDate(r.receivedAt), clinicDate(first.at))]
        : [];
    })
    .sort((a, b) => a - b);
  if (days.length === 0) return null;
  const mid = Math.floor(days.length / 2);
  return days.length % 2 ? days[mid]! : (days[mid - 1]! + days[mid]!) / 2;
}

/** Open family linking, stalled first: no record linked, sent or added for 3 days. */
export function linkingRows(store: Store, now: string): LinkingRow[] {
  return linkingRequests(store)
    .filter((r) => r.status === 'open')
    .map((r) => {
      const summary = toSummary(store, r, now);
      const moments = [r.createdAt, r.emailsReviewedAt ?? r.createdAt];
      for (const item of r.items) {
        moments.push(item.addedAt);
        const code = item.codeId ? store.codes.find((c) => c.id === item.codeId) : undefined;
        if (code) moments.push(code.issuedAt, code.redeemedAt ?? code.issuedAt);
      }
      const lastProgressAt = moments.sort().at(-1)!;
      return {
        requestId: r.id,
        holderPatientId: r.holderPatientId,
        holderName: summary.holderName,
        linked: summary.linked,
        total: summary.total,
        lastProgressAt,
        stalled: daysSince(lastProgressAt, now) >= TODAY_RULES.stalledAfterDays,
      };
    })
    .sort((a, b) =>
      a.stalled !== b.stalled ? (a.stalled ? -1 : 1) : a.lastProgressAt < b.lastProgressAt ? -1 : 1,
    );
}

const AT_RISK_ORDER: Record<AtRiskRow['kind'], number> = {
  bounced: 0,
  expiring: 1,
  care_partner_unaccepted: 2,
  expired: 3,
};

/**
 * Each patient's newest code, among codes that expire after `since`. A code issued later than one
 * of these expires later still, so the newest of them is the patient's newest code.
 */
function newestRecentCodes(store: Store, since: string): Map<string, DbCode> {
  const newest = new Map<string, DbCode>();
  for (const c of store.codes) {
    if (c.expiresAt <= since) continue;
    const seen = newest.get(c.patientId);
    if (!seen || c.issuedAt >= seen.issuedAt) newest.set(c.patientId, c);
  }
  return newest;
}

/** Links and invitations that will fail unless someone acts: the fix is named by the kind. */
export function atRiskRows(store: Store, now: string): AtRiskRow[] {
  const rows: AtRiskRow[] = [];
  const soon = addDays(now, TODAY_RULES.expiringWithinHours / 24);
  const expiredSince = addDays(now, -TODAY_RULES.expiredWithinDays);
  const codes = newestRecentCodes(store, expiredSince);
  const lastEmail = new Map<string, DbDelivery>();
  for (const d of store.deliveries) {
    if (d.channel !== 'email' || !codes.has(d.patientId)) continue;
    const seen = lastEmail.get(d.patientId);
    if (!seen || d.at >= seen.at) lastEmail.set(d.patientId, d);
  }
  for (const [patientId, code] of codes) {
    if (code.redeemedAt || code.revokedAt || code.lockedAt) continue;
    const base = { patientId, patientName: '', grantId: null };
    const email = lastEmail.get(patientId);
    if (code.expiresAt > now && email?.codeId === code.id && email.status === 'bounced') {
      rows.push({ ...base, kind: 'bounced', sentTo: email.to, at: email.at });
    } else if (code.expiresAt > now && code.expiresAt <= soon) {
      rows.push({ ...base, kind: 'expiring', sentTo: email?.to ?? null, at: code.expiresAt });
    } else if (code.expiresAt <= now) {
      rows.push({ ...base, kind: 'expired', sentTo: email?.to ?? null, at: code.expiresAt });
    }
  }
  const nudgeBefore = addDays(now, -TODAY_RULES.carePartnerUnacceptedAfterDays);
  for (const g of store.proxyGrants) {
    const inv = g.invitation;
    if (g.status !== 'invited' || !inv || inv.acceptedAt || inv.voidedAt) continue;
    if (inv.sentAt > nudgeBefore) continue;
    rows.push({
      kind: 'care_partner_unaccepted',
      patientId: g.patientId,
      patientName: '',
      sentTo: g.carePartner.name,
      at: inv.sentAt,
      grantId: g.id,
    });
  }
  return rows.sort((a, b) =>
    a.kind !== b.kind
      ? AT_RISK_ORDER[a.kind] - AT_RISK_ORDER[b.kind]
      : a.kind === 'expired'
        ? b.at.localeCompare(a.at)
        : a.at.localeCompare(b.at),
  );
}

function patientsByEmail(store: Store, emails: ReadonlySet<string>): Map<string, DbPatient[]> {
  const found = new Map<string, DbPatient[]>();
  for (const p of store.patients) {
    const e = p.email?.toLowerCase();
    if (e && emails.has(e)) found.set(e, [...(found.get(e) ?? []), p]);
  }
  return found;
}

/** 12–17 patients whose portal account email is a parent's, guardian's or linked holder's. */
export function teenOnGuardianEmailRows(store: Store, now: string): TeenOnGuardianEmailRow[] {
  const today = clinicDate(now);
  // Aged 12 to 17 today: born after the day 18 years back, on or before the day 12 years back.
  const oldest = bornYearsBefore(today, 18);
  const youngest = bornYearsBefore(today, 12);
  const teens = new Map(
    store.patients
      .filter((p) => p.dateOfBirth > oldest && p.dateOfBirth <= youngest)
      .map((p) => [p.id, p]),
  );
  const own = store.accounts.filter(
    (a) => a.status === 'active' && teens.has(a.records[0]?.patientId ?? ''),
  );
  if (own.length === 0) return [];
  // A parent or guardian on file is found through the teen's record; anyone else with that
  // email only when no parent is, in one more pass.
  const guardians = patientsById(
    store,
    new Set(own.flatMap((a) => teens.get(a.records[0]!.patientId)!.guardianIds)),
  );
  const rows: TeenOnGuardianEmailRow[] = [];
  let owners: Map<string, DbPatient[]> | null = null;
  for (const account of own) {
    const teen = teens.get(account.records[0]!.patientId)!;
    const email = account.email.toLowerCase();
    let other = teen.guardianIds
      .map((id) => guardians.get(id))
      .find((g) => g?.email?.toLowerCase() === email);
    if (!other) {
      owners ??= patientsByEmail(store, new Set(own.map((a) => a.email.toLowerCase())));
      other = owners.get(email)?.find((p) => p.id !== teen.id);
    }
    const grantee = store.proxyGrants.find(
      (g) =>
        g.patientId === teen.id &&
        g.status !== 'revoked' &&
        g.carePartner.email.toLowerCase() === email,
    );
    const sharedWith = other ? patientName(other) : grantee?.carePartner.name;
    if (!sharedWith) continue;
    const [y, m, d] = teen.dateOfBirth.split('-');
    const age = Number(today.slice(0, 4)) - Number(y) - (today.slice(5) < `${m}-${d}` ? 1 : 0);
    rows.push({
      patientId: teen.id,
      patientName: patientName(teen),
      age,
      email: account.email,
      sharedWith,
    });
  }
  return rows.sort((a, b) => b.age - a.age || a.patientName.localeCompare(b.patientName));
}

/** Grants, and the documents behind them, ending in the next 30 days, soonest first. */
export function grantsEndingRows(store: Store, now: string): GrantEndingRow[] {
  const today = clinicDate(now);
  const last = addCalendarDays(today, TODAY_RULES.lookAheadDays);
  return store.proxyGrants
    .flatMap((g) => {
      if (g.status === 'revoked') return [];
      const ends = [g.until, g.legalDocument?.expiresOn ?? null]
        .filter((d): d is string => d !== null)
        .sort()[0];
      if (!ends || ends < today || ends > last) return [];
      return [
        {
          grantId: g.id,
          patientId: g.patientId,
          patientName: '',
          carePartnerName: g.carePartner.name,
          endsOn: ends,
          documentEndsOn: g.legalDocument?.expiresOn ?? null,
        },
      ];
    })
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));
}

/** The six worklists, each as the signed-in role may see it. */
function worklists(store: Store, actor: Actor, now: string) {
  authorize(actor, 'patients.view');
  const named = <Row extends { patientId: string; patientName: string }>(rows: Row[]) =>
    withNames(store, rows);
  return {
    waitingRequests: worklist(actor, 'proxy.review', () => waitingRequestRows(store, now), named),
    familyLinking: worklist(actor, 'family.link', () => linkingRows(store, now)),
    invitationsAtRisk: worklist(actor, 'accessCode.send', () => atRiskRows(store, now), named),
    comingOfAge: worklist(actor, 'accessCode.send', (): ComingOfAgeRow[] =>
      comingOfAgeRows(store, now),
    ),
    teenOnGuardianEmail: worklist(actor, 'accessCode.send', () =>
      teenOnGuardianEmailRows(store, now),
    ),
    grantsEnding: worklist(actor, 'proxy.editGrant', () => grantsEndingRows(store, now), named),
  };
}

/** Today's worklists for the signed-in role, with the turnaround and the activation chart. */
export function today(store: Store, actor: Actor, now: string): Today {
  const lists = worklists(store, actor, now);
  return {
    asOf: now,
    turnaroundTargetBusinessDays: TODAY_RULES.turnaroundBusinessDays,
    medianTurnaroundBusinessDays: can(actor.role, 'proxy.review')
      ? medianTurnaround(store, now)
      : null,
    ...lists,
    activation: activation(store, now),
  };
}

/** The navigation's count: every item of the lists this role acts on. */
export function todayCount(store: Store, actor: Actor, now: string): { total: number } {
  const lists = Object.values(worklists(store, actor, now));
  return { total: lists.reduce((n, l) => n + (l.visible ? l.total : 0), 0) };
}
