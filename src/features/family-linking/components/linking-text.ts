import type { LinkingItemState, LinkingRequest } from '../../../api/contract/family-linking';
import type { RecordLocation } from '../../../lib/family-linking-rules';
import { daysUntil } from '../../../lib/dates';
import { formatDate, plural } from '../../../lib/format';

export const ITEM_STATE: Record<LinkingItemState, { label: string; color: string }> = {
  not_sent: { label: 'Not sent yet', color: 'gray' },
  sent: { label: 'Sent', color: 'blue' },
  delivered: { label: 'Delivered', color: 'blue' },
  bounced: { label: 'Bounced', color: 'red' },
  linked: { label: 'Linked', color: 'green' },
  expired: { label: 'Expired', color: 'orange' },
  revoked: { label: 'Revoked', color: 'red' },
  linked_elsewhere: { label: 'Linked to another account', color: 'red' },
  locked: { label: 'Locked after wrong codes', color: 'red' },
};

export function whereNow(location: RecordLocation, heldBy: string | null): string {
  switch (location) {
    case 'no_account':
      return 'No account';
    case 'own_account':
      return `Its own account (${heldBy ?? 'unknown'})`;
    case 'this_account':
      return 'Already in this account';
    case 'other_account':
      return `Held by another account (${heldBy ?? 'unknown'})`;
  }
}

export function expiryText(expiresAt: string | null, asOf: string): string {
  if (!expiresAt) return '—';
  if (Date.parse(expiresAt) <= Date.parse(asOf)) return `Expired ${formatDate(expiresAt)}`;
  const days = daysUntil(expiresAt, asOf);
  if (days <= 0) return `Expires today (${formatDate(expiresAt)})`;
  return `Expires in ${plural(days, 'day')} (${formatDate(expiresAt)})`;
}

export type FlowStep = 'records' | 'emails' | 'send' | 'track' | 'confirm' | 'done';

export const STEPS: { step: FlowStep; label: string }[] = [
  { step: 'records', label: 'Records to link' },
  { step: 'emails', label: 'Emails' },
  { step: 'send', label: 'Send' },
  { step: 'track', label: 'Track' },
  { step: 'confirm', label: 'Confirm' },
];

/** Where the request stands, from its state in the API: the flow resumes here after a reload. */
export function currentStep(req: LinkingRequest): FlowStep {
  if (req.status === 'completed') return 'done';
  const live = req.items.filter((i) => i.state !== 'revoked');
  if (req.items.length === 0) return 'records';
  if (!req.emailsReviewedAt) return 'emails';
  if (live.some((i) => i.state === 'not_sent')) return 'send';
  if (live.length > 0 && live.every((i) => i.state === 'linked')) return 'confirm';
  return 'track';
}

export function progressText(linked: number, total: number): string {
  return `${linked} of ${total} linked`;
}
