import { Button, Group, Text } from '@mantine/core';
import type { AccessStatus } from '../../../api/contract/access-code';
import type { StaffRole } from '../../../api/contract/session';
import { hasAccessToRevoke, revokeActionFor } from '../../../lib/access-rules';
import { DeniedButton } from '../../../components/denied-button';
import { can } from '../../../lib/permissions';

/**
 * Shown when a portal account or an active code is listed. Access that was already used needs a
 * clinic manager; anyone else sees the button with the reason beside it, not just a grey button.
 */
export function RevokeAccessControl({
  status,
  role,
  onRevoke,
}: {
  status: AccessStatus;
  role: StaffRole;
  onRevoke: () => void;
}) {
  if (!hasAccessToRevoke(status)) return null;
  const action = revokeActionFor(status);
  if (can(role, action)) {
    return (
      <Group gap="sm">
        <Button color="red" variant="light" onClick={onRevoke}>
          Revoke Access
        </Button>
        <Text size="sm" c="dimmed">
          For access that is no longer needed, or a link sent to the wrong person.
        </Text>
      </Group>
    );
  }
  return (
    <DeniedButton color="red" variant="light" action={action} reasonId="revoke-denied-reason">
      Revoke Access
    </DeniedButton>
  );
}
