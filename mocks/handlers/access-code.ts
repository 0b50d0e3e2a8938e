import { http, HttpResponse } from 'msw';
import {
  REVOKE_REASONS,
  requestAccessCodeSchema,
  revokeAccessRequestSchema,
  sendAccessLinkRequestSchema,
} from '../../src/api/contract/access-code';
import { formatDate } from '../../src/lib/format';
import { suggestEmailFix } from '../../src/lib/email-typos';
import { accessStatus, accessWasUsed, checkEmail, issueCode } from '../access-code-rules';
import { db, nextId, type DbCode, type DbDelivery, type DbPatient } from '../db';
import { accountHolding, activeCode, findPatient, latestCode, toAccessCode, toPatient } from '../domain';
import { accessLinkEmail, accessLinkPath, PORTAL_URL } from '../emails';
import { API, authorize, idempotent, parseBody, problem, recordAudit, requireStaff } from '../http';

function patientOr404(id: unknown): DbPatient {
  const p = findPatient(String(id));
  if (!p) throw problem(404, 'Patient not found', 'No patient has this id. Search for the patient again.');
  return p;
}

function noActiveCode(): Response {
  return problem(409, 'No active access code', 'This record has no active access code. Request a new access code first.', {
    type: 'no-active-code',
  });
}

function recordDelivery(patient: DbPatient, code: DbCode, d: Pick<DbDelivery, 'channel' | 'to' | 'byName' | 'status'>): DbDelivery {
  const delivery: DbDelivery = { id: nextId('dlv'), codeId: code.id, patientId: patient.id, at: db.now, ...d };
  db.deliveries.push(delivery);
  return delivery;
}

const expiryNote = (c: DbCode) => `expires ${formatDate(c.expiresAt)}`;

export const accessCodeHandlers = [
  http.get(`${API}/patients/:id/access`, ({ request, params }) => {
    authorize(requireStaff(request), 'patients.view');
    return HttpResponse.json(accessStatus(patientOr404(params.id)));
  }),

  http.get(`${API}/patients/:id/email-check`, ({ request, params }) => {
    authorize(requireStaff(request), 'patients.view');
    const p = patientOr404(params.id);
    const email = new URL(request.url).searchParams.get('email') ?? '';
    return HttpResponse.json(checkEmail(p, email));
  }),

  http.post(`${API}/patients/:id/access-code`, ({ request, params }) =>
    idempotent(request, async () => {
      const staff = requireStaff(request);
      authorize(staff, 'accessCode.request');
      const p = patientOr404(params.id);
      const { confirmReplace } = await parseBody(request, requestAccessCodeSchema);
      const active = activeCode(p.id);
      if (active && !confirmReplace) {
        return problem(409, 'An access code is already active', 'A new code replaces the active one: the link already sent will stop working. Confirm to replace it.', {
          type: 'active-code-exists',
          current: toAccessCode(active),
        });
      }
      const code = issueCode(p, staff, active);
      const replaced = active ? ' It replaces the previous code, whose link no longer works.' : '';
      recordAudit(staff, p.id, 'Access code requested', `New access code issued; ${expiryNote(code)}.${replaced}`);
      return HttpResponse.json(toAccessCode(code));
    }),
  ),

  http.post(`${API}/patients/:id/access-code/reveal`, ({ request, params }) =>
    idempotent(request, () => {
      const staff = requireStaff(request);
      authorize(staff, 'accessCode.reveal');
      const p = patientOr404(params.id);
      if (!latestCode(p.id)) return problem(404, 'No access code', 'No access code has been issued for this record.');
      const active = activeCode(p.id);
      if (!active) return noActiveCode();
      recordAudit(staff, p.id, 'Access code revealed', `The full access code ending ${active.code.slice(-2)} was shown on screen.`);
      return HttpResponse.json({ code: active.code });
    }),
  ),

  http.post(`${API}/patients/:id/access-link`, ({ request, params }) =>
    idempotent(request, async () => {
      const staff = requireStaff(request);
      authorize(staff, 'accessCode.send');
      const p = patientOr404(params.id);
      const body = await parseBody(request, sendAccessLinkRequestSchema);
      const emailChanged = body.email !== p.email;
      if (emailChanged) authorize(staff, 'patients.updateContact');
      if (emailChanged && body.version !== p.version) {
        return problem(409, 'Someone else changed this record', 'Someone else changed the contact details meanwhile. Check the email on file with the patient, then try again.', {
          type: 'stale-version',
          current: toPatient(p),
        });
      }
      let code = activeCode(p.id);
      if (!code && !body.issueCodeIfNone) return noActiveCode();
      if (!code) authorize(staff, 'accessCode.request');

      if (emailChanged) {
        recordAudit(staff, p.id, 'Contact details updated', `email ${p.email ?? '(none)'} → ${body.email} (corrected while sending the access link)`);
        p.email = body.email;
        p.version += 1;
      }
      if (!code) {
        code = issueCode(p, staff, null);
        recordAudit(staff, p.id, 'Access code requested', `New access code issued; ${expiryNote(code)}.`);
      }
      // A typo domain (exmaple.com) never reaches anyone: the mock bounces it like a real mail server would.
      const bounced = suggestEmailFix(body.email) !== null;
      const delivery = recordDelivery(p, code, { channel: 'email', to: body.email, byName: staff.name, status: bounced ? 'bounced' : 'delivered' });
      db.emails.push({ id: nextId('eml'), deliveryId: delivery.id, ...accessLinkEmail(p, code, body.email, db.now) });
      recordAudit(staff, p.id, 'Access link sent', `Medical Records Access Link emailed to ${body.email}.${bounced ? ' The email bounced.' : ''}`);
      const { patientId: _p, ...publicDelivery } = delivery;
      return HttpResponse.json({ delivery: publicDelivery, code: toAccessCode(code) });
    }),
  ),

  http.post(`${API}/patients/:id/access-code/print`, ({ request, params }) =>
    idempotent(request, () => {
      const staff = requireStaff(request);
      authorize(staff, 'accessCode.print');
      const p = patientOr404(params.id);
      const code = activeCode(p.id);
      if (!code) return noActiveCode();
      recordDelivery(p, code, { channel: 'print', to: null, byName: staff.name, status: 'printed' });
      recordAudit(staff, p.id, 'Access code printed', `Printed letter with the access code; ${expiryNote(code)}.`);
      return HttpResponse.json({
        patientName: `${p.firstName} ${p.lastName}`,
        code: code.code,
        portalUrl: PORTAL_URL,
        link: PORTAL_URL + accessLinkPath(code),
        expiresAt: code.expiresAt,
      });
    }),
  ),

  http.post(`${API}/patients/:id/revoke-access`, ({ request, params }) =>
    idempotent(request, async () => {
      const staff = requireStaff(request);
      const p = patientOr404(params.id);
      const body = await parseBody(request, revokeAccessRequestSchema);
      const active = activeCode(p.id);
      const account = accountHolding(p.id);
      if (!active && !account) {
        return problem(409, 'Nothing to revoke', 'This record has no portal account and no active access code.', { type: 'nothing-to-revoke' });
      }
      authorize(staff, accessWasUsed(p.id) ? 'access.revokeUsed' : 'accessCode.cancelUnredeemed');

      const reason = body.reason === 'other' ? (body.otherText ?? REVOKE_REASONS.other) : REVOKE_REASONS[body.reason];
      const done: string[] = [];
      if (active) {
        active.revokedAt = db.now;
        active.revokedReason = reason;
        done.push('active access code cancelled');
      }
      if (account) {
        account.records = account.records.filter((r) => r.patientId !== p.id);
        if (account.records.length === 0) account.status = 'disabled';
        done.push(`record removed from portal account ${account.email}${account.status === 'disabled' ? ' (account disabled: it holds no other record)' : ''}`);
      }
      recordAudit(staff, p.id, 'Access revoked', `Reason: ${reason}. ${done.join('; ')}.`);
      return HttpResponse.json(accessStatus(p));
    }),
  ),
];
