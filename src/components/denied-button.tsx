import { Button, Group, Text, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { deniedReason, type Action } from '../lib/permissions';

/**
 * A control a role may not use: shown, focusable and disabled, with the permissions table's
 * reason beside it, so staff see why rather than a missing or grey button.
 */
export function DeniedButton({
  action,
  reasonId,
  children,
  ...button
}: ButtonProps & { action: Action; reasonId: string; children: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        {...button}
        data-disabled
        aria-disabled="true"
        aria-describedby={reasonId}
        onClick={(e) => e.preventDefault()}
      >
        {children}
      </Button>
      <Text size="xs" id={reasonId}>
        {deniedReason(action)}
      </Text>
    </Group>
  );
}
