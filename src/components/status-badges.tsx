import { Badge } from '@mantine/core';
import type { AccessCodeState, EmailProblem, PortalStatus } from '../api/contract/patient';

const PORTAL: Record<PortalStatus, { label: string; color: string }> = {
  none: { label: 'No account', color: 'gray' },
  limited: { label: 'Limited access', color: 'yellow' },
  full: { label: 'Full access', color: 'green' },
};

const CODE: Record<AccessCodeState, { label: string; color: string }> = {
  active: { label: 'Code active', color: 'blue' },
  redeemed: { label: 'Code used', color: 'green' },
  expired: { label: 'Code expired', color: 'orange' },
  revoked: { label: 'Code revoked', color: 'red' },
  locked: { label: 'Code locked', color: 'red' },
};

export function PortalStatusBadge({ status }: { status: PortalStatus }) {
  const s = PORTAL[status];
  return (
    <Badge color={s.color} variant="light" autoContrast>
      {s.label}
    </Badge>
  );
}

export function AccessCodeBadge({ state }: { state: AccessCodeState | null }) {
  if (!state)
    return (
      <Badge color="gray" variant="outline">
        No code
      </Badge>
    );
  const s = CODE[state];
  return (
    <Badge color={s.color} variant="light" autoContrast>
      {s.label}
    </Badge>
  );
}

const EMAIL_PROBLEM: Record<EmailProblem['kind'], { label: string; color: string }> = {
  wrong_person: { label: 'Wrong person', color: 'red' },
  bounced: { label: 'Email bounced', color: 'orange' },
};

/** Beside an email on file: a link sent to it reached the wrong person, or the last email bounced. */
export function EmailProblemBadge({ problem }: { problem: EmailProblem | null }) {
  if (!problem) return null;
  const s = EMAIL_PROBLEM[problem.kind];
  return (
    <Badge color={s.color} variant="light" autoContrast>
      {s.label}
    </Badge>
  );
}
