import type { EmailProblem } from '../api/contract/patient';
import { sameEmail } from './email-domain';
import { formatDate } from './format';

/**
 * The wrong-address guard, one rule for the send dialog and the API: after a Revoke Access whose
 * reason was "Sent to the wrong person", the address on file then is refused until corrected.
 */
export function isRevokedAddress(problem: EmailProblem | null, email: string | null): boolean {
  return problem?.kind === 'wrong_person' && sameEmail(problem.email, email);
}

/** Names the revoke and the fix, under the Email address field and in the API's answer. */
export function revokedAddressMessage(problem: Pick<EmailProblem, 'email' | 'at'>): string {
  return `Access was revoked on ${formatDate(problem.at)} because a link sent to ${problem.email} reached the wrong person. Enter the right address, checked with the patient.`;
}
