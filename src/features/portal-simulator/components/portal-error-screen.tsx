import { Button, Stack, Text, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ApiError, describeError } from '../../../api/errors';
import { useRouteRetry } from '../../../hooks/use-route-retry';

/** A link that does not exist, or a server that did not answer, in the patient's words. */
export function PortalErrorScreen({ error, reset }: ErrorComponentProps) {
  const retry = useRouteRetry(reset);
  const { title, message } = describeError(error);
  // Trying an unknown link again will not help; a server or network failure might.
  const retryable = !(error instanceof ApiError && error.status >= 400 && error.status < 500);
  return (
    <Stack align="flex-start">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{message}</Text>
      {retryable && <Button onClick={retry}>Try again</Button>}
    </Stack>
  );
}
