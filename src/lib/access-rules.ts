import type { AccessStatus } from '../api/contract/access-code';
import type { Action } from './permissions';

/**
 * Rules the UI shows and the API enforces, written once over contract types so both sides import
 * the same predicate (as Oxide's console does with `diskCan`).
 */

type AccessFacts = Pick<AccessStatus, 'account' | 'code'>;

/** Access was used when the record was opened with its code or a portal account holds it. */
export function accessWasUsed({ account, code }: AccessFacts): boolean {
  return Boolean(code?.redeemedAt) || account !== null;
}

/** There is something to revoke: an account holds the record, or a code is still active. */
export function hasAccessToRevoke({ account, code }: AccessFacts): boolean {
  return account !== null || code?.state === 'active';
}

/** Which permission revoking needs: used access is a clinic manager's to take back. */
export function revokeActionFor(facts: AccessFacts): Action {
  return accessWasUsed(facts) ? 'access.revokeUsed' : 'accessCode.cancelUnredeemed';
}
