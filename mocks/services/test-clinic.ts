import type { DecideRequest } from '../../src/api/contract/shared-access';
import type { StaffRole } from '../../src/api/contract/session';
import { TEST_NOW } from '../db';
import { createSeed } from '../seed';
import type { Actor, Store } from './context';

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
