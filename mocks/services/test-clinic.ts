import type { DecideRequest } from '../../src/api/contract/shared-access';
import type { StaffRole } from '../../src/api/contract/session';
import { TEST_NOW } from '../db';
import { createSeed } from '../seed';
import { revokeAccess, sendAccessLink } from './access-code';
import { commitEither } from './commit';
import type { Actor, Store } from './context';
import { DomainError } from './errors';
import { registerThroughLink } from './portal';

let pristine: Store | null = null;

/** A fresh seeded clinic on the fixed test clock, for service tests (no MSW, no globals). */
export function testClinic(): { store: Store; now: string; as: (role: StaffRole) => Actor } {
  pristine ??= createSeed(TEST_NOW);
  const store = structuredClone(pristine);
  const as = (role: StaffRole): Actor => {
    const s = store.staff.find((x) => x.role === role);
    if (!s) throw new Error(`No staff member with role ${role}`);
    return { id: s.id, name: s.name, role: s.role };
  };
  return { store, now: TEST_NOW, as };
}

/** A fresh clinic where Olivia Martin's used access was revoked as sent to the wrong person. */
export function oliviaRevokedAsWrongPerson() {
  const clinic = testClinic();
  const olivia = idOf(clinic.store, 'Olivia Martin');
  revokeAccess(
    clinic.store,
    clinic.as('clinic_manager'),
    { patientId: olivia, reason: 'wrong_person' },
    clinic.now,
  );
  return { ...clinic, olivia };
}

/** Robert Chen's Medical Records Access Link, emailed to him by the front desk: its code. */
export function robertsLink(store: Store, now: string, as: (role: StaffRole) => Actor) {
  const { code } = sendAccessLink(
    store,
    as('front_desk'),
    {
      patientId: idOf(store, 'Robert Chen'),
      email: 'robert.chen@example.com',
      confirmedWithPatient: true,
      version: 1,
      issueCodeIfNone: true,
    },
    now,
  );
  return store.codes.find((c) => c.id === code.id)!;
}

/**
 * A clinic that saves a copy after every request, as the browser clinic does, and can restart
 * from that copy. Each request runs through `commitEither`, as the HTTP layer runs it.
 */
export function restartableClinic() {
  const { store, now, as } = testClinic();
  let live: Store = store;
  let saved: Store = structuredClone(store);
  const save = () => {
    saved = structuredClone(live);
    return Promise.resolve();
  };
  /** One request: its answer, or the refusal it got. */
  const request = async <T>(work: (s: Store) => T): Promise<Awaited<T> | DomainError> => {
    try {
      return await commitEither(() => work(live), save);
    } catch (e) {
      if (e instanceof DomainError) return e;
      throw e;
    }
  };
  const restart = () => {
    live = structuredClone(saved);
  };
  return { now, as, request, restart, live: () => live };
}

export function idOf(store: Store, fullName: string): string {
  const p = store.patients.find((x) => `${x.firstName} ${x.lastName}` === fullName);
  if (!p) throw new Error(`No seeded patient named ${fullName}`);
  return p.id;
}

/** Priya approves Susan Williams's request for Dorothy Williams's record (preq_3tq9wz6hkm4c). */
export const APPROVE_SUSAN: DecideRequest = {
  decision: 'approve',
  version: 1,
  identityVerified: true,
  identityMethod: 'Known to staff',
  consentConfirmed: true,
  consentMethod: 'Patient confirmed on the phone',
  scopeReviewed: true,
  scope: ['appointments', 'billing'],
  endsOn: null,
  carePartnerEmail: 'susan.williams@example.com',
  confidentialReason: null,
};

/**
 * A patient makes their own portal login through their own Medical Records Access Link, sent by
 * `by` to the email on file: the only way a patient's email gets a login.
 */
export async function ownLoginThroughLink(
  store: Store,
  by: Actor,
  fullName: string,
  password: string,
  now: string,
): Promise<void> {
  const patient = store.patients.find((p) => p.id === idOf(store, fullName))!;
  const { code } = sendAccessLink(
    store,
    by,
    {
      patientId: patient.id,
      email: patient.email!,
      confirmedWithPatient: true,
      version: patient.version,
      issueCodeIfNone: true,
    },
    now,
  );
  const sent = store.codes.find((c) => c.id === code.id)!;
  await registerThroughLink(store, { token: sent.linkToken, code: sent.code, password }, now, 0);
}
