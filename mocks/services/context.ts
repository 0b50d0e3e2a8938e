import type { StaffRole } from '../../src/api/contract/session';
import { can, deniedReason, type Action } from '../../src/lib/permissions';
import type { DbPatient, DbState } from '../db';
import { ForbiddenError, NotFoundError } from './errors';

/**
 * The clinic's data, as a service sees it. In the mock it is the in-memory clinic; a backend
 * would put its repositories behind the same lookups.
 */
export type Store = DbState;

/** Who is acting: a signed-in staff member, or a patient or care partner on the portal (role null). */
export interface Actor {
  id: string;
  name: string;
  role: StaffRole | null;
}

/** Enforces the permissions table: the API decides, and the reason is the table's own. */
export function authorize(actor: Actor, action: Action): void {
  if (!can(actor.role, action)) throw new ForbiddenError(action, deniedReason(action));
}

export function newId(store: Store, prefix: string): string {
  store.nextId += 1;
  return `${prefix}_${store.nextId.toString(36)}`;
}

export function requirePatient(store: Store, id: string): DbPatient {
  const p = store.patients.find((x) => x.id === id);
  if (!p) throw new NotFoundError('patient');
  return p;
}

/**
 * Appends to the audit log, which is never edited or deleted: no service or endpoint removes or
 * changes an event (tests/audit checks this).
 */
export function recordAudit(
  store: Store,
  actor: Pick<Actor, 'name' | 'role'> & { id?: string },
  patientId: string | null,
  action: string,
  details: string,
  now: string,
): void {
  store.audit.push({
    id: newId(store, 'aud'),
    at: now,
    actorId: actor.id ?? null,
    actorName: actor.name,
    actorRole: actor.role,
    patientId,
    action,
    details,
  });
}
