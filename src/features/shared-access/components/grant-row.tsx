import { Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { RELATIONSHIP_LABELS, type Grant } from '../../../api/contract/shared-access';
import { formatDate } from '../../../lib/format';
import { documentText, GrantStatusBadge, scopeText } from './shared-access-text';

// A date is read at a glance on one line.
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

export function GrantRow({ grant: g, children }: { grant: Grant; children: ReactNode }) {
  return (
    <tr>
      <td>
        {g.carePartner.name}
        <Text size="xs" c="dimmed">
          {g.carePartner.email}
        </Text>
      </td>
      <td>{RELATIONSHIP_LABELS[g.carePartner.relationship]}</td>
      <td>{scopeText(g.scope)}</td>
      <td style={NO_WRAP}>{formatDate(g.since)}</td>
      <td style={g.until ? NO_WRAP : undefined}>{g.until ? formatDate(g.until) : 'No end date'}</td>
      <td>{g.grantedByName}</td>
      <td>{documentText(g.legalDocument)}</td>
      <td>
        <GrantStatusBadge status={g.status} />
        {g.revokedReason && <Text size="xs">Reason: {g.revokedReason}</Text>}
        {g.endedBecause && <Text size="xs">{g.endedBecause}</Text>}
        {g.status === 'invited' && g.invitationExpiresAt && (
          <Text size="xs">Invitation expires {formatDate(g.invitationExpiresAt)}</Text>
        )}
      </td>
      <td>{children}</td>
    </tr>
  );
}
