import { Button, Group, Stack, Text, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { deniedReason, type Action } from '../lib/permissions';

/**
 * A control a role may not use: shown, focusable and disabled, with the permissions table's
 * reason beside it (or under it, `stacked`, in a narrow panel), so staff see why rather than a
 * missing or grey button.
 */
export function DeniedButton({
  action,
  reasonId,
  stacked = false,
  children,
  ...button
}: ButtonProps & { action: Action; reasonId: string; stacked?: boolean; children: ReactNode }) {
  const Layout = stacked ? Stack : Group;
  return (
    <Layout gap="xs" wrap="nowrap" align={stacked ? 'flex-start' : 'center'}>
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
    </Layout>
  );
}
