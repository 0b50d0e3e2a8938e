import type { AccessCode, Delivery } from '../../../api/contract/access-code';
import { daysSince, daysUntil } from '../../../lib/dates';
import { formatDate, formatDateTime, plural } from '../../../lib/format';
import { TRY_LIMITS } from '../../../lib/try-limits';

/** "today", "yesterday", "4 days ago": on the clinic's calendar and the server's clock. */
export function whenAgo(at: string, asOf: string): string {
  const days = daysSince(at, asOf);
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

export function expiresInText(code: Pick<AccessCode, 'expiresAt'>, asOf: string): string {
  const days = daysUntil(code.expiresAt, asOf);
  if (days <= 0) return `expires today (${formatDate(code.expiresAt)})`;
  return `expires in ${plural(days, 'day')} (${formatDate(code.expiresAt)})`;
}

/** One line saying where the code stands, in the words staff use with the patient. */
export function codeStateText(code: AccessCode, asOf: string): string {
  switch (code.state) {
    case 'active':
      return `Active: ${expiresInText(code, asOf)}.`;
    case 'redeemed':
      return `Used to open the record on ${formatDateTime(code.redeemedAt ?? code.issuedAt)}.`;
    case 'expired':
      return `Expired on ${formatDate(code.expiresAt)}, unused. Send a new link.`;
    case 'locked':
      return `Locked after wrong codes on ${formatDate(code.lockedAt ?? code.issuedAt)}: the wrong access code was typed ${TRY_LIMITS.linkLockAfter} times on the link, so it no longer opens the record. Check with the patient, then send a new link.`;
    case 'revoked':
      return code.revokedReason === 'replaced'
        ? `Replaced by a newer code on ${formatDate(code.revokedAt ?? code.issuedAt)}.`
        : `Revoked on ${formatDate(code.revokedAt ?? code.issuedAt)}: ${code.revokedReason ?? 'no reason recorded'}.`;
  }
}

export const DELIVERY_STATUS: Record<Delivery['status'], { label: string; color: string }> = {
  sent: { label: 'Sent', color: 'blue' },
  delivered: { label: 'Delivered', color: 'green' },
  bounced: { label: 'Bounced', color: 'red' },
  printed: { label: 'Printed', color: 'gray' },
};

/** The newest email of the active code: the one the patient should already have. */
export function lastEmailFor(code: AccessCode | null, deliveries: Delivery[]): Delivery | null {
  if (code?.state !== 'active') return null;
  return deliveries.find((d) => d.codeId === code.id && d.channel === 'email') ?? null;
}
