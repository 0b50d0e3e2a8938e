import type { LinkingRequest, ResendLink } from '../../src/api/contract/family-linking';
import { sendAccessLink } from './access-code';
import { authorize, recordAudit, requirePatient, type Actor, type Store } from './context';
import { ConflictError, NotFoundError } from './errors';
import { assertMayChange } from './family-linking';
import { requireLinkingRequest, toLinkingRequest } from './family-linking-view';
import { accountHolding, activeCode, patientName } from './records';

// Family linking while the links are out: resend one record's link, or take one record out.

/**
 * The request (404), then whether the actor may link families at all (403), then the item by its
 * own id (404): a record revoked and added again has two items, and only the live one can act.
 * A caller who may not act learns nothing about the request's contents.
 */
function requireItem(store: Store, actor: Actor, input: { id: string; itemId: string }) {
  const req = requireLinkingRequest(store, input.id);
  authorize(actor, 'family.link');
  const item = req.items.find((i) => i.id === input.itemId);
  if (!item) throw new NotFoundError('linkingItem');
  return { req, item, p: requirePatient(store, item.patientId) };
}

/** Resend one record's link: the Send Access Link rules, one record at a time. */
export function resendLinkingLink(
  store: Store,
  actor: Actor,
  input: ResendLink & { id: string; itemId: string },
  now: string,
): LinkingRequest {
  const { req, p, item } = requireItem(store, actor, input);
  assertMayChange(actor, req);
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
      // Resend is pressed on purpose, even a minute after the last send.
      sendAgain: true,
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
  input: { id: string; itemId: string; reason: string },
  now: string,
): LinkingRequest {
  const { req, p, item } = requireItem(store, actor, input);
  const account = accountHolding(store, p.id);
  const linked = account?.id === req.accountId;
  assertMayChange(actor, req, linked ? 'access.revokeUsed' : 'accessCode.cancelUnredeemed');
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
