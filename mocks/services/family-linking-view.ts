import type {
  HolderOption,
  LinkingCandidate,
  LinkingItem,
  LinkingItemState,
  LinkingRequest,
  LinkingRequestSummary,
} from '../../src/api/contract/family-linking';
import { ageOn } from '../../src/lib/dates';
import type { RecordLocation } from '../../src/lib/family-linking-rules';
import type { DbLinkingItem, DbLinkingRequest, DbPatient } from '../db';
import type { Store } from './context';
import { NotFoundError } from './errors';
import { accountHolding, codeState, findPatient, latestCode, patientName } from './records';

// Read-only lookups and projections of family linking requests. The rules are in family-linking.ts.

/** A clinic saved before linking requests existed has no list yet. */
export function linkingRequests(store: Store): DbLinkingRequest[] {
  if (!Array.isArray(store.linkingRequests)) store.linkingRequests = [];
  return store.linkingRequests;
}

export function requireLinkingRequest(store: Store, id: string): DbLinkingRequest {
  const r = linkingRequests(store).find((x) => x.id === id);
  if (!r) throw new NotFoundError('linkingRequest');
  return r;
}

export function locationOf(store: Store, p: DbPatient, accountId: string | null): RecordLocation {
  const account = accountHolding(store, p.id);
  if (!account) return 'no_account';
  if (account.id === accountId) return 'this_account';
  return account.records[0]?.patientId === p.id ? 'own_account' : 'other_account';
}

/** Same family, a guardian link, or the same surname at the same address or phone. */
export function sameHousehold(a: DbPatient, b: DbPatient): boolean {
  if (a.id === b.id) return false;
  if (a.familyId !== null && a.familyId === b.familyId) return true;
  if (a.guardianIds.includes(b.id) || b.guardianIds.includes(a.id)) return true;
  if (a.lastName !== b.lastName) return false;
  const sameAddress =
    a.address !== null &&
    b.address !== null &&
    a.address.line1 === b.address.line1 &&
    a.address.postalCode === b.address.postalCode;
  return sameAddress || (a.phone !== null && a.phone === b.phone);
}

export function toCandidate(
  store: Store,
  p: DbPatient,
  accountId: string | null,
  household: boolean,
): LinkingCandidate {
  const location = locationOf(store, p, accountId);
  return {
    patientId: p.id,
    name: patientName(p),
    age: ageOn(p.dateOfBirth, store.now),
    dateOfBirth: p.dateOfBirth,
    mrn: p.mrn,
    email: p.email,
    location,
    heldBy: location === 'no_account' ? null : (accountHolding(store, p.id)?.email ?? null),
    household,
  };
}

export function toHolderOption(store: Store, p: DbPatient, household: boolean): HolderOption {
  const account = accountHolding(store, p.id);
  return {
    ...toCandidate(store, p, account?.id ?? null, household),
    accountEmail: account?.email ?? null,
    access: account?.records.find((r) => r.patientId === p.id)?.access ?? null,
    records: (account?.records ?? []).map((r) => ({
      patientId: r.patientId,
      name: patientName(
        findPatient(store, r.patientId) ?? { firstName: 'Unknown', lastName: 'record' },
      ),
    })),
  };
}

/** The latest email of this code's link: when, to whom, and whether it arrived. */
function lastEmail(store: Store, codeId: string) {
  return store.deliveries
    .filter((d) => d.codeId === codeId && d.channel === 'email')
    .sort((a, b) => (a.at < b.at ? 1 : -1))[0];
}

export function itemState(
  store: Store,
  req: DbLinkingRequest,
  item: DbLinkingItem,
  now: string,
): LinkingItemState {
  // A revoked item stays revoked, even when the record was added again and linked by a new item.
  if (item.revokedAt) return 'revoked';
  const account = accountHolding(store, item.patientId);
  if (account?.id === req.accountId) return 'linked';
  if (!item.codeId) return 'not_sent';
  const code = latestCode(store, item.patientId);
  if (!code) return 'not_sent';
  const state = codeState(code, now);
  if (state === 'revoked') return 'revoked';
  if (state === 'expired') return 'expired';
  if (state === 'locked') return 'locked';
  if (state === 'redeemed') return account ? 'linked_elsewhere' : 'revoked';
  const last = lastEmail(store, code.id);
  return last?.status === 'bounced'
    ? 'bounced'
    : last?.status === 'delivered'
      ? 'delivered'
      : 'sent';
}

function toItem(
  store: Store,
  req: DbLinkingRequest,
  item: DbLinkingItem,
  now: string,
): LinkingItem {
  const p = findPatient(store, item.patientId);
  if (!p) throw new NotFoundError('patient');
  const { household: _h, ...candidate } = toCandidate(store, p, req.accountId, false);
  // A revoked item shows the link it sent, not a later item's.
  const code = !item.codeId
    ? null
    : item.revokedAt
      ? (store.codes.find((c) => c.id === item.codeId) ?? null)
      : latestCode(store, p.id);
  const sent = code ? lastEmail(store, code.id) : undefined;
  const held = accountHolding(store, p.id);
  return {
    ...candidate,
    id: item.id,
    state: itemState(store, req, item, now),
    alreadyLinked: item.alreadyLinked,
    version: p.version,
    reason: item.reason,
    override: item.override,
    sentTo: sent?.to ?? null,
    sentAt: sent?.at ?? null,
    sentLanguage: sent?.language ?? null,
    expiresAt: code?.expiresAt ?? null,
    linkedAt:
      held?.id === req.accountId
        ? (held.records.find((r) => r.patientId === p.id)?.linkedAt ?? null)
        : null,
  };
}

export function toLinkingRequest(store: Store, req: DbLinkingRequest, now: string): LinkingRequest {
  const holder = findPatient(store, req.holderPatientId);
  const account = store.accounts.find((a) => a.id === req.accountId);
  if (!holder || !account) throw new NotFoundError('linkingRequest');
  const items = req.items.map((i) => toItem(store, req, i, now));
  return {
    id: req.id,
    asOf: now,
    status: req.status,
    createdAt: req.createdAt,
    createdByName: req.createdByName,
    holder: {
      patientId: holder.id,
      name: patientName(holder),
      email: account.email,
      access: account.records.find((r) => r.patientId === holder.id)?.access ?? 'full',
      preferredLanguage: holder.preferredLanguage,
      records: toHolderOption(store, holder, false).records,
    },
    items,
    emailsReviewedAt: req.emailsReviewedAt,
    linkedCount: items.filter((i) => i.state === 'linked').length,
  };
}

export function toSummary(store: Store, req: DbLinkingRequest, now: string): LinkingRequestSummary {
  const holder = findPatient(store, req.holderPatientId);
  const live = req.items.filter((i) => !i.revokedAt);
  return {
    id: req.id,
    createdAt: req.createdAt,
    createdByName: req.createdByName,
    holderName: holder ? patientName(holder) : 'Unknown record',
    holderPatientId: req.holderPatientId,
    total: live.length,
    linked: live.filter((i) => itemState(store, req, i, now) === 'linked').length,
    patientIds: req.items.map((i) => i.patientId),
  };
}
