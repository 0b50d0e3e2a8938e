import { http, HttpResponse } from 'msw';
import {
  emailCheckRequestSchema,
  requestAccessCodeSchema,
} from '../../src/api/contract/access-code';
import {
  accessStatus,
  checkEmail,
  expiryNote,
  issueCode,
  noActiveCode,
  patientOr404,
  recordDelivery,
} from '../access-code-rules';
import { activeCode, latestCode, patientName, toAccessCode } from '../domain';
import { accessLinkPath, PORTAL_URL } from '../emails';
import { API, authorize, idempotent, parseBody, problem, recordAudit, requireStaff } from '../http';
import { sendAccessLinkHandler } from './access-link';
import { revokeAccessHandler } from './revoke-access';

/** The Medical Access Code tab's API: status, request, reveal, send, print, revoke. */
export const accessCodeHandlers = [
  http.get(`${API}/patients/:id/access`, ({ request, params }) => {
    authorize(requireStaff(request), 'patients.view');
    return HttpResponse.json(accessStatus(patientOr404(params.id)));
  }),

  // A read, but POST so the address stays out of URLs; it changes nothing, so no idempotency.
  http.post(`${API}/patients/:id/email-check`, async ({ request, params }) => {
    authorize(requireStaff(request), 'patients.view');
    const p = patientOr404(params.id);
    const { email } = await parseBody(request, emailCheckRequestSchema);
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
        return problem(
          409,
          'An access code is already active',
          'A new code replaces the active one: the link already sent will stop working. Confirm to replace it.',
          { type: 'active-code-exists', current: toAccessCode(active) },
        );
      }
      const code = issueCode(p, staff, active);
      const replaced = active ? ' It replaces the previous code, whose link no longer works.' : '';
      recordAudit(
        staff,
        p.id,
        'Access code requested',
        `New access code issued; ${expiryNote(code)}.${replaced}`,
      );
      return HttpResponse.json(toAccessCode(code));
    }),
  ),

  http.post(`${API}/patients/:id/access-code/reveal`, ({ request, params }) =>
    idempotent(request, () => {
      const staff = requireStaff(request);
      authorize(staff, 'accessCode.reveal');
      const p = patientOr404(params.id);
      if (!latestCode(p.id)) {
        return problem(404, 'No access code', 'No access code has been issued for this record.');
      }
      const active = activeCode(p.id);
      if (!active) return noActiveCode();
      recordAudit(
        staff,
        p.id,
        'Access code revealed',
        `The full access code ending ${active.code.slice(-2)} was shown on screen.`,
      );
      return HttpResponse.json({ code: active.code });
    }),
  ),

  sendAccessLinkHandler,

  http.post(`${API}/patients/:id/access-code/print`, ({ request, params }) =>
    idempotent(request, () => {
      const staff = requireStaff(request);
      authorize(staff, 'accessCode.print');
      const p = patientOr404(params.id);
      const code = activeCode(p.id);
      if (!code) return noActiveCode();
      recordDelivery(p, code, {
        channel: 'print',
        to: null,
        byName: staff.name,
        status: 'printed',
      });
      recordAudit(
        staff,
        p.id,
        'Access code printed',
        `Printed letter with the access code; ${expiryNote(code)}.`,
      );
      return HttpResponse.json({
        patientName: patientName(p),
        code: code.code,
        portalUrl: PORTAL_URL,
        link: PORTAL_URL + accessLinkPath(code),
        expiresAt: code.expiresAt,
      });
    }),
  ),

  revokeAccessHandler,
];
