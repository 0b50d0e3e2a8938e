import { Alert, Button, Center, Group, Stack, Text, Title } from '@mantine/core';
import { Link, type ErrorComponentProps } from '@tanstack/react-router';
import { describeError } from '../api/errors';
import { useRouteRetry } from '../hooks/use-route-retry';

/** Shown when a screen fails: what happened in plain words, and a way to try again. */
export function DefaultErrorScreen({ error, reset }: ErrorComponentProps) {
  const retry = useRouteRetry(reset);
  const { title, message } = describeError(error);
  return (
    <Center py="xl">
      <Alert color="red" title={title} maw={560} w="100%" role="alert">
        <Stack gap="sm">
          <Text size="sm">{message}</Text>
          <Group>
            <Button onClick={retry}>Try again</Button>
            <Button variant="default" component={Link} to="/patients">
              Go to patient search
            </Button>
          </Group>
        </Stack>
      </Alert>
    </Center>
  );
}

export function NotFoundScreen() {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs">
        <Title order={2}>Page not found</Title>
        <Text c="dimmed">This address does not match any screen of Access Desk.</Text>
        <Button component={Link} to="/patients">
          Go to patient search
        </Button>
      </Stack>
    </Center>
  );
}
