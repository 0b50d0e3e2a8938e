import { http, HttpResponse } from 'msw';
import { REVOKE_REASONS, revokeAccessRequestSchema } from '../../src/api/contract/access-code';
import { accessStatus, accessWasUsed, patientOr404 } from '../access-code-rules';
import { db } from '../db';
import { accountHolding, activeCode } from '../domain';
import { API, authorize, idempotent, parseBody, problem, recordAudit, requireStaff } from '../http';

/**
 * Revoke Access: cancels the active code and takes the record out of the account holding it.
 * Front desk may cancel an unused code; access that was used needs a clinic manager.
 */
export const revokeAccessHandler = http.post(
  `${API}/patients/:id/revoke-access`,
  ({ request, params }) =>
    idempotent(request, async () => {
      const staff = requireStaff(request);
      const p = patientOr404(params.id);
      const body = await parseBody(request, revokeAccessRequestSchema);
      const active = activeCode(p.id);
      const account = accountHolding(p.id);
      if (!active && !account) {
        return problem(
          409,
          'Nothing to revoke',
          'This record has no portal account and no active access code.',
          {
            type: 'nothing-to-revoke',
          },
        );
      }
      authorize(staff, accessWasUsed(p.id) ? 'access.revokeUsed' : 'accessCode.cancelUnredeemed');

      const reason =
        body.reason === 'other'
          ? (body.otherText ?? REVOKE_REASONS.other)
          : REVOKE_REASONS[body.reason];
      const done: string[] = [];
      if (active) {
        active.revokedAt = db.now;
        active.revokedReason = reason;
        done.push('active access code cancelled');
      }
      if (account) {
        account.records = account.records.filter((r) => r.patientId !== p.id);
        // An account left holding nothing would be a login to no record: disable it.
        if (account.records.length === 0) account.status = 'disabled';
        const disabled =
          account.status === 'disabled' ? ' (account disabled: it holds no other record)' : '';
        done.push(`record removed from portal account ${account.email}${disabled}`);
      }
      recordAudit(staff, p.id, 'Access revoked', `Reason: ${reason}. ${done.join('; ')}.`);
      return HttpResponse.json(accessStatus(p));
    }),
);
