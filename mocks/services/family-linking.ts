import {
  LEGAL_AUTHORITY_TYPES,
  type AddLinkingRecords,
  type LinkingCandidate,
  type LinkingRequest,
  type ResendLink,
  type ReviewEmails,
} from '../../src/api/contract/family-linking';
import { ageOn } from '../../src/lib/dates';
import { linkingRuleFor } from '../../src/lib/family-linking-rules';
import { formatDate } from '../../src/lib/format';
import type { DbLinkingRequest, DbPatient } from '../db';
import { emailAccessLink, issueCode, sendAccessLink } from './access-code';
import { authorize, newId, recordAudit, requirePatient, type Actor, type Store } from './context';
import { ConflictError, InvalidError } from './errors';
import {
  linkingRequests,
  locationOf,
  requireLinkingRequest,
  sameHousehold,
  toCandidate,
  toHolderOption,
  toLinkingRequest,
  toSummary,
} from './family-linking-view';
import { matchPatients, assertCurrentVersion, changeEmail } from './patients';
import { accountHolding, activeCode, patientName } from './records';

// Family linking: several records under one portal login, in one tracked request. Every service:
// find (404), authorize (403), conflicts (409), and only then change anything, audited.

export function listLinkingRequests(
  store: Store,
  actor: Actor,
  input: { patientId?: string | undefined },
  now: string,
) {
  authorize(actor, 'patients.view');
  const open = linkingRequests(store)
    .filter((r) => r.status === 'open')
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

export function startLinkingRequest(
  store: Store,
  actor: Actor,
  input: { holderPatientId: string },
  now: string,
): LinkingRequest {
  const holder = requirePatient(store, input.holderPatientId);
  authorize(actor, 'family.link');
  const account = accountHolding(store, holder.id);
  if (!account) {
    throw new ConflictError(
      'no-portal-account',
      'The account holder needs a portal account',
      `${patientName(holder)} has no portal account. Send them a Medical Records Access Link first; once they have set up their account, link the other records to it.`,
    );
  }
  // One open request per account holder: a second start picks up the first where it stopped.
  const open = linkingRequests(store).find(
    (r) => r.status === 'open' && r.holderPatientId === holder.id,
  );
  if (open) return toLinkingRequest(store, open, now);
  const req: DbLinkingRequest = {
    id: newId(store, 'lnkreq'),
    createdAt: now,
    createdByName: actor.name,
    holderPatientId: holder.id,
    accountId: account.id,
    status: 'open',
    items: [],
    emailsReviewedAt: null,
    completedAt: null,
  };
  linkingRequests(store).push(req);
  recordAudit(
    store,
    actor,
    holder.id,
    'Family linking started',
    `Records are to be linked into the portal account ${account.email}.`,
    now,
  );
  return toLinkingRequest(store, req, now);
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

function assertOpen(req: DbLinkingRequest): void {
  if (req.status === 'open') return;
  throw new ConflictError(
    'request-completed',
    'This linking request is finished',
    'Every record was linked and confirmed. Start a new request to link more records.',
  );
}

export function addLinkingRecords(
  store: Store,
  actor: Actor,
  input: AddLinkingRecords & { id: string },
  now: string,
): LinkingRequest {
  const req = requireLinkingRequest(store, input.id);
  const rows = input.records.map((r) => ({ ...r, patient: requirePatient(store, r.patientId) }));
  authorize(actor, 'family.link');
  const facts = rows.map((r) => {
    const age = ageOn(r.patient.dateOfBirth, now);
    const location = locationOf(store, r.patient, req.accountId);
    return { ...r, age, rule: linkingRuleFor({ age, location }) };
  });
  for (const f of facts)
    if (f.rule === 'adult' && f.override) authorize(actor, 'family.linkAdultOverride');
  assertOpen(req);
  for (const f of facts) assertMayAdd(store, req, f);

  const holder = requirePatient(store, req.holderPatientId);
  for (const f of facts) {
    if (f.patient.id === holder.id) continue;
    if (req.items.some((i) => i.patientId === f.patient.id && !i.revokedAt)) continue;
    const done = f.rule === 'done';
    req.items.push({
      patientId: f.patient.id,
      addedAt: now,
      alreadyLinked: done,
      reason: f.rule === 'adult' || f.rule === 'adolescent' ? f.reason : null,
      override: f.rule === 'adult' ? f.override : null,
      codeId: null,
      revokedAt: null,
    });
    recordAudit(
      store,
      actor,
      f.patient.id,
      'Added to family linking',
      addedDetails(holder, f, done),
      now,
    );
  }
  return toLinkingRequest(store, req, now);
}

type Fact = AddLinkingRecords['records'][number] & {
  patient: DbPatient;
  age: number;
  rule: ReturnType<typeof linkingRuleFor>;
};

function addedDetails(holder: DbPatient, f: Fact, done: boolean): string {
  const into = `To be linked into ${patientName(holder)}'s portal account.`;
  if (done) return `${into} Already in that account: nothing to send.`;
  if (f.rule === 'adult' && f.override) {
    const o = f.override;
    const until = o.expiresOn ? `, expires ${formatDate(o.expiresOn)}` : '';
    return `${into} Adult record: clinic manager override under ${LEGAL_AUTHORITY_TYPES[o.type]} dated ${formatDate(o.documentDate)}${until}. Reason: ${f.reason ?? ''}`;
  }
  if (f.rule === 'adolescent')
    return `${into} Adolescent (${f.age}): the account holder will see everything. Reason: ${f.reason ?? ''}`;
  return into;
}

function assertMayAdd(store: Store, req: DbLinkingRequest, f: Fact): void {
  const name = patientName(f.patient);
  if (f.rule === 'held_elsewhere') {
    throw new ConflictError(
      'held-by-another-account',
      `${name}'s record is held by another portal account`,
      `Revoke that access first from ${name}'s Medical Access Code tab, then add the record here.`,
      toCandidate(store, f.patient, req.accountId, false),
    );
  }
  if (f.rule === 'adult' && !f.override) {
    throw new ConflictError(
      'adult-record',
      `${name} is an adult (${f.age})`,
      `Linking an adult's record into another adult's account gives full access under someone else's login. Offer shared access (proxy access) instead: ${name} keeps their own login and chooses what the other person sees. A clinic manager can override with a documented guardianship or healthcare power of attorney.`,
      toCandidate(store, f.patient, req.accountId, false),
    );
  }
  if ((f.rule === 'adult' || f.rule === 'adolescent') && !f.reason) {
    throw new InvalidError(
      [
        {
          field: 'reason',
          message: `Enter why ${name}'s record is linked anyway (at least 10 characters).`,
        },
      ],
      'A reason is needed',
      `${name} is ${f.age}: linking needs a reason, which is audited.`,
    );
  }
}

export function reviewLinkingEmails(
  store: Store,
  actor: Actor,
  input: ReviewEmails & { id: string },
  now: string,
): LinkingRequest {
  const req = requireLinkingRequest(store, input.id);
  const rows = input.changes.map((c) => ({ ...c, patient: requirePatient(store, c.patientId) }));
  authorize(actor, 'family.link');
  if (rows.length) authorize(actor, 'patients.updateContact');
  assertOpen(req);
  for (const r of rows) {
    if (!req.items.some((i) => i.patientId === r.patientId && !i.revokedAt)) {
      throw new ConflictError(
        'not-in-request',
        `${patientName(r.patient)} is not in this request`,
        'Only the records in this linking request can be changed here.',
      );
    }
    assertCurrentVersion(store, r.patient, r.version);
  }
  const email = store.accounts.find((a) => a.id === req.accountId)?.email ?? null;
  for (const r of rows) {
    if (r.patient.email !== email)
      changeEmail(
        store,
        actor,
        r.patient,
        email,
        now,
        " (family linking: set to the account holder's email)",
      );
  }
  req.emailsReviewedAt = now;
  return toLinkingRequest(store, req, now);
}

/** Issues and emails every unsent record's Medical Records Access Link to the account holder. */
export function sendLinkingLinks(
  store: Store,
  actor: Actor,
  input: { id: string },
  now: string,
): LinkingRequest {
  const req = requireLinkingRequest(store, input.id);
  authorize(actor, 'family.link');
  authorize(actor, 'accessCode.request');
  authorize(actor, 'accessCode.send');
  assertOpen(req);
  const toSend = req.items.filter((i) => !i.alreadyLinked && !i.revokedAt && !i.codeId);
  if (toSend.length === 0) {
    throw new ConflictError(
      'nothing-to-send',
      'Every link was already sent',
      'Resend one record from the tracking table if its email did not arrive.',
      toLinkingRequest(store, req, now),
    );
  }
  for (const item of toSend) {
    const p = requirePatient(store, item.patientId);
    if (
      locationOf(store, p, req.accountId) !== 'no_account' &&
      locationOf(store, p, req.accountId) !== 'this_account'
    ) {
      throw new ConflictError(
        'held-by-another-account',
        `${patientName(p)}'s record is held by another portal account`,
        `Revoke that access first from ${patientName(p)}'s Medical Access Code tab.`,
      );
    }
  }
  const account = store.accounts.find((a) => a.id === req.accountId);
  const to = account?.email ?? '';
  for (const item of toSend) {
    const p = requirePatient(store, item.patientId);
    if (accountHolding(store, p.id)?.id === req.accountId) continue;
    const code = issueCode(store, actor, p, activeCode(store, p.id, now), now);
    item.codeId = code.id;
    emailAccessLink(store, actor, p, code, to, now);
    recordAudit(
      store,
      actor,
      p.id,
      'Access link sent',
      `Medical Records Access Link emailed to ${to} for family linking into that portal account.`,
      now,
    );
  }
  req.emailsReviewedAt ??= now;
  return toLinkingRequest(store, req, now);
}

function requireItem(store: Store, req: DbLinkingRequest, patientId: string) {
  const p = requirePatient(store, patientId);
  const item = req.items.find((i) => i.patientId === patientId);
  if (!item)
    throw new ConflictError(
      'not-in-request',
      `${patientName(p)} is not in this request`,
      'Add the record to the request first.',
    );
  return { p, item };
}

/** Resend one record's link: the Send Access Link rules, one record at a time. */
export function resendLinkingLink(
  store: Store,
  actor: Actor,
  input: ResendLink & { id: string; patientId: string },
  now: string,
): LinkingRequest {
  const req = requireLinkingRequest(store, input.id);
  const { p, item } = requireItem(store, req, input.patientId);
  authorize(actor, 'family.link');
  assertOpen(req);
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
  const req = requireLinkingRequest(store, input.id);
  const { p, item } = requireItem(store, req, input.patientId);
  authorize(actor, 'family.link');
  const account = accountHolding(store, p.id);
  const linked = account?.id === req.accountId;
  authorize(actor, linked ? 'access.revokeUsed' : 'accessCode.cancelUnredeemed');
  assertOpen(req);
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

/** Staff read the summary back to the account holder: the request is finished. */
export function confirmLinkingRequest(
  store: Store,
  actor: Actor,
  input: { id: string },
  now: string,
): LinkingRequest {
  const req = requireLinkingRequest(store, input.id);
  authorize(actor, 'family.link');
  assertOpen(req);
  const view = toLinkingRequest(store, req, now);
  const waiting = view.items.filter((i) => i.state !== 'linked' && i.state !== 'revoked');
  if (waiting.length || view.linkedCount === 0) {
    throw new ConflictError(
      'not-all-linked',
      'Some records are not linked yet',
      `Still waiting for: ${waiting.map((i) => i.name).join(', ') || 'a linked record'}.`,
      view,
    );
  }
  req.status = 'completed';
  req.completedAt = now;
  const names = view.items.filter((i) => i.state === 'linked').map((i) => i.name);
  recordAudit(
    store,
    actor,
    req.holderPatientId,
    'Family linking confirmed',
    `Confirmed with the account holder: ${view.holder.email} now holds ${names.join(', ')}.`,
    now,
  );
  return toLinkingRequest(store, req, now);
}
