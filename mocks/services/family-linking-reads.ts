import type { LinkingCandidate } from '../../src/api/contract/family-linking';
import { ageOn } from '../../src/lib/dates';
import type { DbPatient } from '../db';
import { authorize, requirePatient, type Actor, type Store } from './context';
import {
  linkingRequests,
  requireLinkingRequest,
  sameHousehold,
  toCandidate,
  toHolderOption,
  toLinkingRequest,
  toSummary,
} from './family-linking-view';
import { matchPatients } from './patients';

// Family linking's read-only endpoints: the open requests, who could hold the records, one
// request, and the records that could be linked. The changes are in family-linking.ts.

export function listLinkingRequests(
  store: Store,
  actor: Actor,
  input: { patientId?: string | undefined; status?: 'open' | 'done' | undefined },
  now: string,
) {
  authorize(actor, 'patients.view');
  const wanted = input.status === 'done' ? 'completed' : 'open';
  const open = linkingRequests(store)
    .filter((r) => r.status === wanted)
    .filter(
      (r) =>
        !input.patientId ||
        r.items.some((i) => i.patientId === input.patientId && !i.revokedAt) ||
        r.holderPatientId === input.patientId,
    )
    .sort((a, b) =>
      a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
    );
  const items = open.map((r) => toSummary(store, r, now));
  return { items, page: 1, pageSize: Math.max(items.length, 1), total: items.length };
}

/** Who could hold the records: this person and their household, each with their account. */
export function holderOptions(store: Store, actor: Actor, input: { patientId: string }) {
  const p = requirePatient(store, input.patientId);
  authorize(actor, 'family.link');
  const household = store.patients.filter((x) => sameHousehold(p, x));
  const options = [p, ...household]
    .filter((x) => ageOn(x.dateOfBirth, store.now) >= 18)
    .map((x) => toHolderOption(store, x, x.id !== p.id));
  return { options };
}

export function getLinkingRequest(store: Store, actor: Actor, input: { id: string }, now: string) {
  const req = requireLinkingRequest(store, input.id);
  authorize(actor, 'patients.view');
  return toLinkingRequest(store, req, now);
}

const MAX_CANDIDATES = 10;

/** The household first; with a search, any patient. */
export function linkingCandidates(
  store: Store,
  actor: Actor,
  input: { id: string; q?: string | undefined },
): { candidates: LinkingCandidate[] } {
  const req = requireLinkingRequest(store, input.id);
  authorize(actor, 'family.link');
  const holder = requirePatient(store, req.holderPatientId);
  const found: DbPatient[] = input.q
    ? matchPatients(store, input.q).slice(0, MAX_CANDIDATES)
    : store.patients.filter((p) => sameHousehold(holder, p));
  return {
    candidates: found
      .filter((p) => p.id !== holder.id)
      .map((p) => toCandidate(store, p, req.accountId, sameHousehold(holder, p))),
  };
}
