import type { z } from 'zod';
import {
  GRANT_STATUS_LABELS,
  RELATIONSHIP_LABELS,
  SCOPE_CATEGORIES,
  SCOPE_LABELS,
  WAITING_STATUSES,
  type createRequestSchema,
  type DecideRequest,
  type EditGrant,
  type ProxyRequest,
  type RequestQuery,
  type WhoCanSee,
} from '../../src/api/contract/shared-access';
import { addDays, ageOn } from '../../src/lib/dates';
import {
  grantEndDateProblem,
  isEditableGrant,
  needsManagerForEdit,
  needsManagerForScope,
  requestWarnings,
} from '../../src/lib/shared-access-rules';
import type { DbProxyGrant, DbProxyRequest } from '../db';
import { sharedAccessDecisionEmail, sharedAccessInvitationEmail } from '../emails';
import { authorize, newId, recordAudit, requirePatient, type Actor, type Store } from './context';
import { ConflictError, InvalidError, type FieldError } from './errors';
import {
  grantsOf,
  requireGrant,
  requireRequest,
  toGrant,
  toRequest,
  today,
} from './shared-access-records';

export const INVITATION_VALID_DAYS = 5;
const PAGE_SIZE = 20;

export function listRequests(store: Store, actor: Actor, query: RequestQuery, now: string) {
  authorize(actor, 'patients.view');
  const status = query.status ?? 'waiting';
  const matches = store.proxyRequests
    .filter(
      (r) =>
        status === 'all' ||
        (status === 'waiting' ? WAITING_STATUSES.includes(r.status) : r.status === status),
    )
    .filter((r) => !query.route || r.route === query.route)
    .sort((a, b) => (a.receivedAt < b.receivedAt ? -1 : a.receivedAt > b.receivedAt ? 1 : 0));
  const page = query.page ?? 1;
  return {
    items: matches
      .slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)
      .map((r) => toRequest(store, r, now)),
    page,
    pageSize: PAGE_SIZE,
    total: matches.length,
  };
}

export function waitingCount(store: Store, actor: Actor) {
  authorize(actor, 'patients.view');
  return { waiting: store.proxyRequests.filter((r) => WAITING_STATUSES.includes(r.status)).length };
}

export function getRequest(store: Store, actor: Actor, id: string, now: string): ProxyRequest {
  const r = requireRequest(store, id);
  authorize(actor, 'patients.view');
  return toRequest(store, r, now);
}

export function createRequest(
  store: Store,
  actor: Actor,
  input: z.output<typeof createRequestSchema>,
  now: string,
): ProxyRequest {
  const patient = requirePatient(store, input.patientId);
  authorize(actor, 'proxy.record');
  const r: DbProxyRequest = {
    id: newId(store, 'preq'),
    patientId: patient.id,
    carePartner: input.carePartner,
    route: input.route,
    scope: input.scope,
    endsOn: input.endsOn,
    legalDocument: input.legalDocument,
    phoneIntake: input.route === 'phone' ? input.phoneIntake : null,
    receivedAt: now,
    status: 'new',
    version: 1,
    decisions: [],
    grantId: null,
  };
  store.proxyRequests.push(r);
  recordAudit(
    store,
    actor,
    patient.id,
    'Shared-access request recorded',
    `${input.carePartner.name} (${RELATIONSHIP_LABELS[input.carePartner.relationship]}) asked for shared access; scope: ${scopeText(input.scope)}.`,
    now,
  );
  return toRequest(store, r, now);
}

const scopeText = (scope: readonly (keyof typeof SCOPE_LABELS)[]) =>
  scope.map((c) => SCOPE_LABELS[c]).join(', ');

export function decideRequest(
  store: Store,
  actor: Actor,
  id: string,
  input: DecideRequest,
  now: string,
): ProxyRequest {
  const r = requireRequest(store, id);
  const patient = requirePatient(store, r.patientId);
  authorize(actor, 'proxy.review');
  const waiting = WAITING_STATUSES.includes(r.status);
  if (!waiting || input.version !== r.version) {
    const current = toRequest(store, r, now);
    const last = r.decisions.at(-1);
    throw new ConflictError(
      'request-changed',
      'Someone else decided this request meanwhile',
      last
        ? `${last.byName} already recorded a decision. The request is now shown as it is: check it before doing anything else.`
        : 'The request changed since you opened it. It is now shown as it is.',
      current,
    );
  }
  const age = ageOn(patient.dateOfBirth, now);
  const shown = requestWarnings(
    {
      patient: { email: patient.email, age },
      carePartner:
        input.decision === 'approve'
          ? { ...r.carePartner, email: input.carePartnerEmail }
          : r.carePartner,
      scope: input.decision === 'approve' ? input.scope : r.scope,
      legalDocument: r.legalDocument,
      today: today(now),
    },
    grantsOf(store, patient.id, now),
  );
  const base = { byName: actor.name, at: now, warnings: shown.map((w) => w.title) };

  if (input.decision === 'approve') {
    const errors: FieldError[] = [];
    if (needsManagerForScope(age, input.scope)) {
      authorize(actor, 'proxy.includeConfidentialForMinor');
      if (!input.confidentialReason) {
        errors.push({
          field: 'confidentialReason',
          message: 'Give the reason for including confidential categories.',
        });
      }
    }
    // The same end-date rule as editing: after today, and not after the legal document expires.
    const endDate = grantEndDateProblem(input.endsOn, {
      today: today(now),
      legalDocument: r.legalDocument,
    });
    if (endDate) errors.push({ field: 'endsOn', message: endDate });
    if (errors.length) throw new InvalidError(errors);
    const dup = shown.find((w) => w.code === 'duplicate_grant');
    if (dup)
      throw new ConflictError('duplicate-grant', dup.title, dup.detail, toRequest(store, r, now));
    if (shown.some((w) => w.code === 'shared_email')) {
      throw new InvalidError(
        [
          {
            field: 'carePartnerEmail',
            message: "This is the patient's own email. Enter the care partner's own email address.",
          },
        ],
        'The care partner needs their own login',
        "The care partner's email is the patient's own: that is credential sharing.",
      );
    }
    const email = input.carePartnerEmail;
    const grant: DbProxyGrant = {
      id: newId(store, 'grant'),
      patientId: patient.id,
      carePartner: { ...r.carePartner, email },
      scope: input.scope,
      since: now,
      until: input.endsOn,
      status: 'invited',
      grantedByName: actor.name,
      legalDocument: r.legalDocument,
      requestId: r.id,
      accountId: null,
      invitation: null,
      revokedAt: null,
      revokedReason: null,
      version: 1,
    };
    store.proxyGrants.push(grant);
    invite(store, grant, now);
    if (email !== r.carePartner.email) r.carePartner = { ...r.carePartner, email };
    r.scope = input.scope;
    r.endsOn = input.endsOn;
    r.status = 'approved_invited';
    r.grantId = grant.id;
    r.decisions.push({
      ...base,
      kind: 'approve',
      note: input.confidentialReason,
      identityMethod: input.identityMethod,
      consentMethod: input.consentMethod,
    });
    recordAudit(
      store,
      actor,
      patient.id,
      'Shared access approved',
      `${r.carePartner.name} invited at ${email}; scope: ${scopeText(input.scope)}${input.endsOn ? `; until ${input.endsOn}` : ''}. Identity: ${input.identityMethod}. Consent: ${input.consentMethod}.${base.warnings.length ? ` Warnings: ${base.warnings.join('; ')}.` : ''}${input.confidentialReason ? ` Confidential categories included: ${input.confidentialReason}` : ''}`,
      now,
    );
  } else {
    r.status = input.decision === 'deny' ? 'denied' : 'needs_information';
    r.decisions.push({
      ...base,
      kind: input.decision,
      note: input.reason,
      identityMethod: null,
      consentMethod: null,
    });
    store.emails.push({
      id: newId(store, 'mail'),
      deliveryId: null,
      ...sharedAccessDecisionEmail(
        patient,
        r.carePartner.name,
        r.carePartner.email,
        input.decision,
        input.reason,
        now,
      ),
    });
    recordAudit(
      store,
      actor,
      patient.id,
      input.decision === 'deny' ? 'Shared access denied' : 'Shared access: information requested',
      `${r.carePartner.name}: ${input.reason}${base.warnings.length ? ` Warnings: ${base.warnings.join('; ')}.` : ''}`,
      now,
    );
  }
  r.version += 1;
  return toRequest(store, r, now);
}

/** A new invitation token, valid 5 days, emailed to the care partner. */
function invite(store: Store, grant: DbProxyGrant, now: string): void {
  const patient = requirePatient(store, grant.patientId);
  const token = `inv${newId(store, 't').slice(2)}${Math.floor(Math.random() * 1e9).toString(36)}`;
  grant.invitation = {
    token,
    sentTo: grant.carePartner.email,
    sentAt: now,
    expiresAt: addDays(now, INVITATION_VALID_DAYS),
    wrongDobTries: 0,
    dobConfirmedAt: null,
    voidedAt: null,
    acceptedAt: null,
  };
  store.emails.push({
    id: newId(store, 'mail'),
    deliveryId: null,
    ...sharedAccessInvitationEmail(
      patient,
      grant.carePartner.name,
      grant.carePartner.email,
      token,
      grant.invitation.expiresAt,
      now,
      grant.carePartner.preferredLanguage ?? 'en',
    ),
  });
}

export function resendInvitation(store: Store, actor: Actor, grantId: string, now: string) {
  const grant = requireGrant(store, grantId);
  authorize(actor, 'proxy.review');
  const status = toGrant(grant, now).status;
  if (!['invited', 'invitation_expired', 'invitation_void'].includes(status)) {
    throw new ConflictError(
      'grant-not-invited',
      'This invitation was already answered',
      'Only an invitation not yet accepted can be sent again.',
      toGrant(grant, now),
    );
  }
  invite(store, grant, now);
  grant.version += 1;
  recordAudit(
    store,
    actor,
    grant.patientId,
    'Shared access invitation resent',
    `Sent again to ${grant.carePartner.email}; the earlier link no longer works.`,
    now,
  );
  return toGrant(grant, now);
}

export function revokeGrant(
  store: Store,
  actor: Actor,
  grantId: string,
  input: { reason: string },
  now: string,
) {
  const grant = requireGrant(store, grantId);
  authorize(actor, 'proxy.revoke');
  if (grant.status === 'revoked') {
    throw new ConflictError(
      'grant-revoked',
      'Already revoked',
      `${grant.carePartner.name}'s access was already revoked.`,
      toGrant(grant, now),
    );
  }
  grant.status = 'revoked';
  grant.revokedAt = now;
  grant.revokedReason = input.reason;
  grant.version += 1;
  recordAudit(
    store,
    actor,
    grant.patientId,
    'Shared access revoked',
    `${grant.carePartner.name} (${grant.carePartner.email}) no longer has access. Reason: ${input.reason}`,
    now,
  );
  return toGrant(grant, now);
}

/**
 * Changes a live grant's scope and end date, against the version the staff member read. Adding
 * confidential categories for a 12–17 patient needs a clinic manager and a reason, as at approval.
 */
export function editGrant(
  store: Store,
  actor: Actor,
  grantId: string,
  input: EditGrant,
  now: string,
) {
  const grant = requireGrant(store, grantId);
  const patient = requirePatient(store, grant.patientId);
  authorize(actor, 'proxy.editGrant');
  // One order for the categories, whatever order they were ticked in.
  const scope = SCOPE_CATEGORIES.filter((c) => input.scope.includes(c));
  const age = ageOn(patient.dateOfBirth, now);
  const needsManager = needsManagerForEdit(age, grant.scope, scope);
  if (needsManager) authorize(actor, 'proxy.includeConfidentialForMinor');

  const current = toGrant(grant, now);
  if (!isEditableGrant(current.status)) {
    const next = ['invitation_expired', 'invitation_void'].includes(current.status)
      ? 'Send the invitation again first.'
      : 'Record a new request to give access again.';
    throw new ConflictError(
      'grant-not-active',
      'This shared access can no longer be changed',
      `${grant.carePartner.name}'s shared access is no longer active: its status is ${GRANT_STATUS_LABELS[current.status]}. ${next}`,
      current,
    );
  }
  if (input.version !== grant.version) {
    throw new ConflictError(
      'stale-version',
      'Someone else changed this shared access meanwhile',
      `${grant.carePartner.name}'s access changed since you opened it. It is now shown as it is: check it before changing it again.`,
      current,
    );
  }

  const errors: FieldError[] = [];
  if (needsManager && !input.confidentialReason) {
    errors.push({
      field: 'confidentialReason',
      message: 'Give the reason for including confidential categories.',
    });
  }
  const endDate =
    input.until === grant.until
      ? null
      : grantEndDateProblem(input.until, {
          today: today(now),
          legalDocument: grant.legalDocument,
        });
  if (endDate) errors.push({ field: 'until', message: endDate });
  if (errors.length) throw new InvalidError(errors);

  const sameScope =
    scope.length === grant.scope.length && scope.every((c) => grant.scope.includes(c));
  if (sameScope && input.until === grant.until) return current;

  const before = { scope: grant.scope, until: grant.until };
  grant.scope = scope;
  grant.until = input.until;
  grant.version += 1;
  const untilText = (until: string | null) => (until ? `until ${until}` : 'no end date');
  recordAudit(
    store,
    actor,
    grant.patientId,
    'Shared access changed',
    `${grant.carePartner.name}: scope ${scopeText(before.scope)} → ${scopeText(scope)}; ${untilText(before.until)} → ${untilText(input.until)}.${needsManager ? ` Confidential categories included: ${input.confidentialReason}` : ''}`,
    now,
  );
  return toGrant(grant, now);
}

export function patientSharedAccess(store: Store, actor: Actor, patientId: string, now: string) {
  const patient = requirePatient(store, patientId);
  authorize(actor, 'patients.view');
  return {
    asOf: now,
    patientAge: ageOn(patient.dateOfBirth, now),
    grants: grantsOf(store, patient.id, now),
    requests: store.proxyRequests
      .filter((r) => r.patientId === patient.id)
      .map((r) => toRequest(store, r, now)),
  };
}

/** Every person who can see this record now: the patient, the account it is linked into, care partners. */
export function whoCanSee(store: Store, actor: Actor, patientId: string, now: string): WhoCanSee {
  const patient = requirePatient(store, patientId);
  authorize(actor, 'patients.view');
  const holders = store.accounts.filter(
    (a) => a.status === 'active' && a.records.some((r) => r.patientId === patient.id),
  );
  const own = holders.find((a) => a.email.toLowerCase() === patient.email?.toLowerCase());
  return {
    ownAccount: own ? { email: own.email } : null,
    linkedInto: holders.filter((a) => a !== own).map((a) => ({ email: a.email })),
    carePartners: grantsOf(store, patient.id, now).filter(
      (g) => g.status === 'active' || g.status === 'invited',
    ),
  };
}
