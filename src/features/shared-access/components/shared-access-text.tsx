import { Badge } from '@mantine/core';
import {
  GRANT_STATUS_LABELS,
  LEGAL_DOCUMENT_LABELS,
  REQUEST_STATUS_LABELS,
  SCOPE_LABELS,
  type GrantStatus,
  type LegalDocument,
  type RequestStatus,
  type ScopeCategory,
} from '../../../api/contract/shared-access';
import { formatDate } from '../../../lib/format';

export function scopeText(scope: readonly ScopeCategory[]): string {
  return scope.map((c) => SCOPE_LABELS[c]).join(', ');
}

/** Under a grant's end date: it may be left empty, and a legal document's expiry is its limit. */
export function endDateHint(expiresOn: string | null | undefined): string {
  const none = 'Leave empty for no end date.';
  return expiresOn
    ? `${none} It cannot be after the legal document expires (${formatDate(expiresOn)}).`
    : none;
}

export function documentText(doc: LegalDocument | null): string {
  if (!doc) return 'Patient’s consent (no legal document)';
  const expiry = doc.expiresOn ? `, expires ${formatDate(doc.expiresOn)}` : '';
  return `${LEGAL_DOCUMENT_LABELS[doc.type]} signed ${formatDate(doc.signedOn)}${expiry} (${doc.fileName})`;
}

const REQUEST_COLORS: Record<RequestStatus, string> = {
  new: 'blue',
  needs_information: 'yellow',
  approved_invited: 'teal',
  active: 'green',
  denied: 'red',
  withdrawn: 'gray',
};

// A status is read whole: a narrow table column must not cut "Active" to "AC…".
const WHOLE = { minWidth: 'max-content' };

export function RequestStatusBadge({ status }: { status: RequestStatus }) {
  return (
    <Badge variant="light" color={REQUEST_COLORS[status]} style={WHOLE}>
      {REQUEST_STATUS_LABELS[status]}
    </Badge>
  );
}

const GRANT_COLORS: Record<GrantStatus, string> = {
  invited: 'blue',
  invitation_expired: 'orange',
  invitation_void: 'red',
  active: 'green',
  ended: 'gray',
  revoked: 'red',
};

export function GrantStatusBadge({ status }: { status: GrantStatus }) {
  return (
    <Badge variant="light" color={GRANT_COLORS[status]} style={WHOLE}>
      {GRANT_STATUS_LABELS[status]}
    </Badge>
  );
}
