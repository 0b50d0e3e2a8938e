import { http, HttpResponse } from 'msw';
import { sendAccessLinkRequestSchema } from '../../src/api/contract/access-code';
import { suggestEmailFix } from '../../src/lib/email-typos';
import {
  expiryNote,
  issueCode,
  noActiveCode,
  patientOr404,
  recordDelivery,
} from '../access-code-rules';
import { db, nextId } from '../db';
import { activeCode, toAccessCode, toPatient } from '../domain';
import { accessLinkEmail } from '../emails';
import { API, authorize, idempotent, parseBody, problem, recordAudit, requireStaff } from '../http';

/**
 * Send Access Link: saves a corrected address (against the version the dialog saw), issues a
 * code when there is none and the one-dialog path asked for it, then emails the link. Sending
 * again never changes the code's expiry.
 */
export const sendAccessLinkHandler = http.post(
  `${API}/patients/:id/access-link`,
  ({ request, params }) =>
    idempotent(request, async () => {
      const staff = requireStaff(request);
      authorize(staff, 'accessCode.send');
      const p = patientOr404(params.id);
      const body = await parseBody(request, sendAccessLinkRequestSchema);
      const emailChanged = body.email !== p.email;
      if (emailChanged) authorize(staff, 'patients.updateContact');
      if (emailChanged && body.version !== p.version) {
        return problem(
          409,
          'Someone else changed this record',
          'Someone else changed the contact details meanwhile. Check the email on file with the patient, then try again.',
          { type: 'stale-version', current: toPatient(p) },
        );
      }
      let code = activeCode(p.id);
      if (!code && !body.issueCodeIfNone) return noActiveCode();
      if (!code) authorize(staff, 'accessCode.request');

      // Every check passed: only now change anything.
      if (emailChanged) {
        recordAudit(
          staff,
          p.id,
          'Contact details updated',
          `email ${p.email ?? '(none)'} → ${body.email} (corrected while sending the access link)`,
        );
        p.email = body.email;
        p.version += 1;
      }
      if (!code) {
        code = issueCode(p, staff, null);
        recordAudit(
          staff,
          p.id,
          'Access code requested',
          `New access code issued; ${expiryNote(code)}.`,
        );
      }
      // A typo domain (exmaple.com) reaches no one: the mock bounces it as a real mail server would.
      const bounced = suggestEmailFix(body.email) !== null;
      const delivery = recordDelivery(p, code, {
        channel: 'email',
        to: body.email,
        byName: staff.name,
        status: bounced ? 'bounced' : 'delivered',
      });
      db.emails.push({
        id: nextId('eml'),
        deliveryId: delivery.id,
        ...accessLinkEmail(p, code, body.email, db.now),
      });
      recordAudit(
        staff,
        p.id,
        'Access link sent',
        `Medical Records Access Link emailed to ${body.email}.${bounced ? ' The email bounced.' : ''}`,
      );
      const { patientId: _patientId, ...sent } = delivery;
      return HttpResponse.json({ delivery: sent, code: toAccessCode(code) });
    }),
);
