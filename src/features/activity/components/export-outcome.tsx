import { Alert, Text } from '@mantine/core';
import { describeError } from '../../../api/errors';

/** What an export did, said politely to screen readers, or why it failed. */
export function ExportOutcome({ message, error }: { message: string | null; error: Error | null }) {
  return (
    <>
      <div role="status" aria-live="polite">
        {message && (
          <Text size="sm" c="dimmed">
            {message}
          </Text>
        )}
      </div>
      {error && (
        <Alert color="red" title={describeError(error).title} role="alert" py="xs">
          {describeError(error).message}
        </Alert>
      )}
    </>
  );
}
