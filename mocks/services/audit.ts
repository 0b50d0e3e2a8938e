import {
  auditActionKey,
  type AuditEvent,
  type AuditLogFilters,
  type AuditLogPage,
} from '../../src/api/contract/audit';
import type { Paginated } from '../../src/api/contract/common';
import { clinicInstant } from '../../src/lib/clinic-time';
import { addCalendarDays } from '../../src/lib/dates';
import type { DbAuditEvent } from '../db';
import { authorize, requirePatient, type Actor, type Store } from './context';
import { findPatient, patientName } from './records';

// Reads only. The log is append-only: events are written by recordAudit (context.ts) and this
// module exports nothing that edits or removes one.

export interface PageRequest {
  page?: number | undefined;
  pageSize?: number | undefined;
}

/** A page of events, newest first; events of the same instant keep their order, reversed. */
export function pageOf(events: DbAuditEvent[], req: PageRequest): Paginated<DbAuditEvent> {
  const page = req.page ?? 1;
  const pageSize = req.pageSize ?? 50;
  const sorted = events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at === b.e.at ? b.i - a.i : a.e.at < b.e.at ? 1 : -1))
    .map(({ e }) => e);
  const items = sorted.slice((page - 1) * pageSize, page * pageSize);
  return { items, page, pageSize, total: sorted.length };
}

function readablePage(
  store: Store,
  events: DbAuditEvent[],
  req: PageRequest,
): Paginated<AuditEvent> {
  const found = pageOf(events, req);
  const items = found.items.map((e) => {
    const p = e.patientId ? findPatient(store, e.patientId) : undefined;
    return { ...e, patientName: p ? patientName(p) : null, patientMrn: p?.mrn ?? null };
  });
  return { ...found, items };
}

export function patientActivity(
  store: Store,
  actor: Actor,
  input: PageRequest & { patientId: string },
): Paginated<AuditEvent> {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'patients.view');
  return readablePage(
    store,
    store.audit.filter((e) => e.patientId === p.id),
    input,
  );
}

/**
 * One predicate per filter. Dates are the clinic's calendar days, as the log shows its times: a
 * day runs from the clinic's midnight to the next (23 or 25 hours when the clocks change).
 */
function matches(filters: AuditLogFilters): (e: DbAuditEvent) => boolean {
  const from = filters.from ? clinicInstant(filters.from) : null;
  const before = filters.to ? clinicInstant(addCalendarDays(filters.to, 1)) : null;
  return (e) =>
    (!filters.actorId || e.actorId === filters.actorId) &&
    (!filters.patientId || e.patientId === filters.patientId) &&
    (!filters.action || auditActionKey(e.action) === filters.action) &&
    (!from || e.at >= from) &&
    (!before || e.at < before);
}

/** The events the log's filters match, in the order they happened. */
export function matchingLog(store: Store, filters: AuditLogFilters): DbAuditEvent[] {
  return store.audit.filter(matches(filters));
}

/** The portal accounts that did something in the log, a care partner's told from a patient's. */
function portalAccountsInLog(store: Store): AuditLogPage['portalAccounts'] {
  const actors = new Set(store.audit.filter((e) => e.actorRole === null).map((e) => e.actorId));
  return store.accounts
    .filter((a) => actors.has(a.id))
    .map((a) => ({
      id: a.id,
      email: a.email,
      kind: store.proxyGrants.some((g) => g.accountId === a.id)
        ? ('care_partner' as const)
        : ('patient' as const),
    }))
    .sort((a, b) => a.email.localeCompare(b.email));
}

/** The whole log for clinic managers, filtered and paged on the server. */
export function auditLog(
  store: Store,
  actor: Actor,
  input: PageRequest & AuditLogFilters,
): AuditLogPage {
  authorize(actor, 'audit.readAll');
  const actions = new Map<string, string>();
  for (const e of store.audit) actions.set(auditActionKey(e.action), e.action);
  const record = input.patientId ? findPatient(store, input.patientId) : undefined;
  return {
    ...readablePage(store, matchingLog(store, input), input),
    staff: store.staff.map(({ id, name, role }) => ({ id, name, role })),
    portalAccounts: portalAccountsInLog(store),
    actions: [...actions]
      .map(([key, label]) => ({ key, label }))
      .sort((a, b) => a.label.localeCompare(b.label)),
    record: record ? { id: record.id, name: patientName(record) } : null,
  };
}
