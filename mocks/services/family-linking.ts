import {
  LEGAL_AUTHORITY_TYPES,
  type AddLinkingRecords,
  type LinkingCandidate,
  type LinkingRequest,
  type ReviewEmails,
} from '../../src/api/contract/family-linking';
import { ageOn } from '../../src/lib/dates';
import { linkingRuleFor } from '../../src/lib/family-linking-rules';
import { formatDate } from '../../src/lib/format';
import type { Action } from '../../src/lib/permissions';
import type { DbLinkingRequest, DbPatient } from '../db';
import { emailAccessLink, issueCode } from './access-code';
import { authorize, newId, recordAudit, requirePatient, type Actor, type Store } from './context';
import { ConflictError, InvalidError } from './errors';
import {
  linkingRequests,
  locationOf,
  requireLinkingRequest,
  toCandidate,
  toLinkingRequest,
} from './family-linking-view';
import { assertCurrentVersion, changeEmail } from './patients';
import { accountHolding, activeCode, patientName } from './records';

// Family linking: several records under one portal login, in one tracked request. Every service:
// find (404), authorize (403), conflicts (409), and only then change anything, audited. These are
// the flow's steps; the reads are in family-linking-reads.ts, resend and revoke in
// family-linking-tracking.ts.

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

/**
 * Every change to a request, once it is found: the actor may link families and do `also` (403),
 * then the request must still be open (409).
 */
export function assertMayChange(actor: Actor, req: DbLinkingRequest, ...also: Action[]): void {
  authorize(actor, 'family.link');
  for (const action of also) authorize(actor, action);
  if (req.status === 'open') return;
  throw new ConflictError(
    'request-completed',
    'This linking request is finished',
    'Every record was linked and confirmed. Start a new request to link more records.',
  );
}

/** Another portal account holds the record: that access must be revoked first. */
function heldByAnotherAccount(p: DbPatient, next: string, current?: LinkingCandidate) {
  const name = patientName(p);
  return new ConflictError(
    'held-by-another-account',
    `${name}'s record is held by another portal account`,
    `Revoke that access first from ${name}'s Medical Access Code tab${next}`,
    current,
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
  const facts = rows.map((r) => {
    const age = ageOn(r.patient.dateOfBirth, now);
    const location = locationOf(store, r.patient, req.accountId);
    return { ...r, age, rule: linkingRuleFor({ age, location }) };
  });
  const overriding = facts.some((f) => f.rule === 'adult' && f.override);
  assertMayChange(actor, req, ...(overriding ? (['family.linkAdultOverride'] as const) : []));
  for (const f of facts) assertMayAdd(store, req, f);

  const holder = requirePatient(store, req.holderPatientId);
  for (const f of facts) {
    if (f.patient.id === holder.id) continue;
    if (req.items.some((i) => i.patientId === f.patient.id && !i.revokedAt)) continue;
    const done = f.rule === 'done';
    req.items.push({
      id: newId(store, 'lnkitem'),
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
    throw heldByAnotherAccount(
      f.patient,
      ', then add the record here.',
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
  assertMayChange(actor, req, ...(rows.length ? (['patients.updateContact'] as const) : []));
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
  assertMayChange(actor, req, 'accessCode.request', 'accessCode.send');
  const toSend = req.items
    .filter((i) => !i.alreadyLinked && !i.revokedAt && !i.codeId)
    .map((item) => ({ item, p: requirePatient(store, item.patientId) }));
  if (toSend.length === 0) {
    throw new ConflictError(
      'nothing-to-send',
      'Every link was already sent',
      'Resend one record from the tracking table if its email did not arrive.',
      toLinkingRequest(store, req, now),
    );
  }
  for (const { p } of toSend) {
    const location = locationOf(store, p, req.accountId);
    if (location !== 'no_account' && location !== 'this_account')
      throw heldByAnotherAccount(p, '.');
  }
  const account = store.accounts.find((a) => a.id === req.accountId);
  const to = account?.email ?? '';
  const holder = requirePatient(store, req.holderPatientId);
  for (const { item, p } of toSend) {
    if (accountHolding(store, p.id)?.id === req.accountId) continue;
    const code = issueCode(store, actor, p, activeCode(store, p.id, now), now);
    item.codeId = code.id;
    // The account holder reads the email: in their language.
    emailAccessLink(store, actor, p, code, to, now, {
      language: holder.preferredLanguage,
      holderFirstName: holder.firstName,
    });
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

/** Staff read the summary back to the account holder: the request is finished. */
export function confirmLinkingRequest(
  store: Store,
  actor: Actor,
  input: { id: string },
  now: string,
): LinkingRequest {
  const req = requireLinkingRequest(store, input.id);
  assertMayChange(actor, req);
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
