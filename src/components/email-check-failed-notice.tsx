import { Alert, Text } from '@mantine/core';

/**
 * The background check of an address (someone else's, a guardian's) could not run. Staff may
 * still send: they read the address back to the person it is for.
 */
export function EmailCheckFailedNotice({ readBackTo }: { readBackTo: string }) {
  return (
    <Alert color="gray" title="Address not checked">
      <Text size="sm">
        We could not check this address just now. You can still send; read it back to the{' '}
        {readBackTo}.
      </Text>
    </Alert>
  );
}
