import type { LinkingRequest, ResendLink } from '../../src/api/contract/family-linking';
import { sendAccessLink } from './access-code';
import type { DbLinkingItem, DbPatient } from '../db';
import { recordAudit, requirePatient, type Actor, type Store } from './context';
import { ConflictError } from './errors';
import { assertMayChange } from './family-linking';
import { requireLinkingRequest, toLinkingRequest } from './family-linking-view';
import { accountHolding, activeCode, patientName } from './records';

// Family linking while the links are out: resend one record's link, or take one record out.

/** The request and the record (404 for either), found before anything is checked. */
function requireItem(store: Store, input: { id: string; patientId: string }) {
  const req = requireLinkingRequest(store, input.id);
  const p = requirePatient(store, input.patientId);
  return { req, p, found: req.items.find((i) => i.patientId === input.patientId) };
}

/**
 * The record's row in the request: a 409 when it has none. Checked after authorization, so a
 * caller who may not act learns nothing about the request's contents.
 */
function rowOf(p: DbPatient, found: DbLinkingItem | undefined): DbLinkingItem {
  if (found) return found;
  throw new ConflictError(
    'not-in-request',
    `${patientName(p)} is not in this request`,
    'Add the record to the request first.',
  );
}

/** Resend one record's link: the Send Access Link rules, one record at a time. */
export function resendLinkingLink(
  store: Store,
  actor: Actor,
  input: ResendLink & { id: string; patientId: string },
  now: string,
): LinkingRequest {
  const { req, p, found } = requireItem(store, input);
  assertMayChange(actor, req);
  const item = rowOf(p, found);
  if (item.revokedAt || item.alreadyLinked || accountHolding(store, p.id)?.id === req.accountId) {
    throw new ConflictError(
      'nothing-to-resend',
      `${patientName(p)} needs no new link`,
      item.revokedAt
        ? 'This record was revoked from the request.'
        : 'This record is already linked.',
    );
  }
  const { code } = sendAccessLink(
    store,
    actor,
    {
      patientId: p.id,
      email: input.email,
      confirmedWithPatient: true,
      version: input.version,
      issueCodeIfNone: true,
    },
    now,
    requirePatient(store, req.holderPatientId),
  );
  item.codeId = code.id;
  return toLinkingRequest(store, req, now);
}

/** Takes one record out of the request: its link stops working; a linked record leaves the account. */
export function revokeLinkingRecord(
  store: Store,
  actor: Actor,
  input: { id: string; patientId: string; reason: string },
  now: string,
): LinkingRequest {
  const { req, p, found } = requireItem(store, input);
  const account = accountHolding(store, p.id);
  const linked = account?.id === req.accountId;
  assertMayChange(actor, req, linked ? 'access.revokeUsed' : 'accessCode.cancelUnredeemed');
  const item = rowOf(p, found);
  if (item.revokedAt)
    throw new ConflictError(
      'already-revoked',
      `${patientName(p)} was already revoked`,
      'Nothing more to revoke for this record.',
    );
  const done: string[] = [];
  const code = activeCode(store, p.id, now);
  if (code && item.codeId) {
    code.revokedAt = now;
    code.revokedReason = input.reason;
    done.push('its access link was cancelled');
  }
  if (linked && account) {
    account.records = account.records.filter((r) => r.patientId !== p.id);
    done.push(`removed from ${account.email}`);
  }
  item.revokedAt = now;
  recordAudit(
    store,
    actor,
    p.id,
    'Removed from family linking',
    `Reason: ${input.reason}. ${done.length ? `${done.join('; ')}.` : 'No link had been sent.'}`,
    now,
  );
  return toLinkingRequest(store, req, now);
}
