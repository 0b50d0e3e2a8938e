import { Button, Stack, Text, Title } from '@mantine/core';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { useRouter, type ErrorComponentProps } from '@tanstack/react-router';
import { useEffect } from 'react';
import { ApiError, describeError } from '../../../api/errors';

/** A link that does not exist, or a server that did not answer, in the patient's words. */
export function PortalErrorScreen({ error, reset }: ErrorComponentProps) {
  const router = useRouter();
  const queryReset = useQueryErrorResetBoundary();
  useEffect(() => queryReset.reset(), [queryReset]);
  const { title, message } = describeError(error);
  // Trying an unknown link again will not help; a server or network failure might.
  const retryable = !(error instanceof ApiError && error.status >= 400 && error.status < 500);
  return (
    <Stack align="flex-start">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{message}</Text>
      {retryable && (
        <Button
          onClick={() => {
            reset();
            void router.invalidate();
          }}
        >
          Try again
        </Button>
      )}
    </Stack>
  );
}
