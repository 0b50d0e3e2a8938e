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
import { addCalendarDays, addDays, ageOn, daysSince } from '../../src/lib/dates';
import { can, deniedReason, type Action } from '../../src/lib/permissions';
import { businessDaysBetween, TODAY_RULES } from '../../src/lib/today-rules';
import { authorize, type Actor, type Store } from './context';
import { comingOfAgeRows } from './coming-of-age';
import { linkingRequests, toSummary } from './family-linking-view';
import { patientName } from './records';
import { todayFacts, type TodayFacts } from './today-facts';

/** A list shown to the roles that may act on it; to the others, one line saying who does. */
function worklist<Row>(actor: Actor, action: Action, rows: () => Row[]) {
  if (!can(actor.role, action)) return { visible: false as const, handledBy: deniedReason(action) };
  const all = rows();
  return { visible: true as const, total: all.length, rows: all.slice(0, TODAY_RULES.rowsPerList) };
}

const nameOf = (f: TodayFacts, id: string) => {
  const p = f.patients.get(id);
  return p ? patientName(p) : 'Unknown record';
};

/** Shared-access requests waiting for a decision, oldest first, against the turnaround target. */
export function waitingRequestRows(store: Store, f: TodayFacts, now: string): WaitingRequestRow[] {
  const today = clinicDate(now);
  return store.proxyRequests
    .filter((r) => WAITING_STATUSES.includes(r.status))
    .sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : 1))
    .map((r) => {
      const waited = businessDaysBetween(clinicDate(r.receivedAt), today);
      return {
        requestId: r.id,
        patientId: r.patientId,
        patientName: nameOf(f, r.patientId),
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

/** Links and invitations that will fail unless someone acts: the fix is named by the kind. */
export function atRiskRows(store: Store, f: TodayFacts, now: string): AtRiskRow[] {
  const rows: AtRiskRow[] = [];
  const soon = addDays(now, TODAY_RULES.expiringWithinHours / 24);
  const expiredSince = addDays(now, -TODAY_RULES.expiredWithinDays);
  for (const [patientId, code] of f.latestCodeOf) {
    if (code.redeemedAt || code.revokedAt || code.lockedAt) continue;
    const base = { patientId, patientName: nameOf(f, patientId), grantId: null };
    const email = f.latestEmailOf.get(patientId);
    if (code.expiresAt > now && email?.codeId === code.id && email.status === 'bounced') {
      rows.push({ ...base, kind: 'bounced', sentTo: email.to, at: email.at });
    } else if (code.expiresAt > now && code.expiresAt <= soon) {
      rows.push({ ...base, kind: 'expiring', sentTo: email?.to ?? null, at: code.expiresAt });
    } else if (code.expiresAt <= now && code.expiresAt > expiredSince) {
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
      patientName: nameOf(f, g.patientId),
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

/** 12–17 patients whose portal account email is a parent's, guardian's or linked holder's. */
export function teenOnGuardianEmailRows(
  store: Store,
  f: TodayFacts,
  now: string,
): TeenOnGuardianEmailRow[] {
  const rows: TeenOnGuardianEmailRow[] = [];
  const byEmail = new Map<string, string>();
  for (const p of store.patients) if (p.email) byEmail.set(p.email.toLowerCase(), p.id);
  for (const [patientId, account] of f.accountOf) {
    const teen = f.patients.get(patientId);
    if (!teen || account.records[0]?.patientId !== patientId) continue;
    const age = ageOn(teen.dateOfBirth, now);
    if (age < 12 || age > 17) continue;
    const email = account.email.toLowerCase();
    const parent = teen.guardianIds
      .map((id) => f.patients.get(id))
      .find((g) => g?.email?.toLowerCase() === email);
    const ownerId = byEmail.get(email);
    const other =
      parent ?? (ownerId && ownerId !== patientId ? f.patients.get(ownerId) : undefined);
    const grantee = store.proxyGrants.find(
      (g) =>
        g.patientId === patientId &&
        g.status !== 'revoked' &&
        g.carePartner.email.toLowerCase() === email,
    );
    const sharedWith = other ? patientName(other) : grantee?.carePartner.name;
    if (!sharedWith) continue;
    rows.push({ patientId, patientName: patientName(teen), age, email: account.email, sharedWith });
  }
  return rows.sort((a, b) => b.age - a.age || a.patientName.localeCompare(b.patientName));
}

/** Grants, and the documents behind them, ending in the next 30 days, soonest first. */
export function grantsEndingRows(store: Store, f: TodayFacts, now: string): GrantEndingRow[] {
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
          patientName: nameOf(f, g.patientId),
          carePartnerName: g.carePartner.name,
          endsOn: ends,
          documentEndsOn: g.legalDocument?.expiresOn ?? null,
        },
      ];
    })
    .sort((a, b) => a.endsOn.localeCompare(b.endsOn));
}

/** Today's worklists for the signed-in role. */
export function today(store: Store, actor: Actor, now: string): Today {
  authorize(actor, 'patients.view');
  const f = todayFacts(store);
  const reviewer = can(actor.role, 'proxy.review');
  return {
    asOf: now,
    turnaroundTargetBusinessDays: TODAY_RULES.turnaroundBusinessDays,
    medianTurnaroundBusinessDays: reviewer ? medianTurnaround(store, now) : null,
    waitingRequests: worklist(actor, 'proxy.review', () => waitingRequestRows(store, f, now)),
    familyLinking: worklist(actor, 'family.link', () => linkingRows(store, now)),
    invitationsAtRisk: worklist(actor, 'accessCode.send', () => atRiskRows(store, f, now)),
    comingOfAge: worklist(actor, 'accessCode.send', (): ComingOfAgeRow[] =>
      comingOfAgeRows(store, f, now),
    ),
    teenOnGuardianEmail: worklist(actor, 'accessCode.send', () =>
      teenOnGuardianEmailRows(store, f, now),
    ),
    grantsEnding: worklist(actor, 'proxy.editGrant', () => grantsEndingRows(store, f, now)),
  };
}

/** The navigation's count: every item of the lists this role acts on. */
export function todayCount(store: Store, actor: Actor, now: string): { total: number } {
  const t = today(store, actor, now);
  const lists = [
    t.waitingRequests,
    t.familyLinking,
    t.invitationsAtRisk,
    t.comingOfAge,
    t.teenOnGuardianEmail,
    t.grantsEnding,
  ];
  return { total: lists.reduce((n, l) => n + (l.visible ? l.total : 0), 0) };
}
