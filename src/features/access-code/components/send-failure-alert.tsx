import { Alert, Button, Group, Text } from '@mantine/core';
import { patientSchema } from '../../../api/contract/patient';
import { ApiError, describeError } from '../../../api/errors';

/** The record as it is now, when a send was refused because someone else changed it. */
export function stalePatient(error: unknown) {
  if (!(error instanceof ApiError) || error.type !== 'stale-version') return undefined;
  return patientSchema.safeParse(error.current).data;
}

/** What went wrong and what to do; the dialog around it keeps everything that was entered. */
export function SendFailureAlert({
  error,
  onUseEmail,
}: {
  error: unknown;
  onUseEmail: (email: string) => void;
}) {
  const { title, message } = describeError(error);
  const current = stalePatient(error);
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{message}</Text>
      {current ? (
        <Group gap="xs" mt="xs">
          <Text size="sm">
            The email on file is now <strong>{current.email ?? 'empty'}</strong>. Use it, or keep
            your address and press Send Access Link again.
          </Text>
          {current.email && (
            <Button size="xs" variant="default" onClick={() => onUseEmail(current.email ?? '')}>
              Use {current.email}
            </Button>
          )}
        </Group>
      ) : (
        <Text size="sm">Your entries are kept: press Send Access Link to try again.</Text>
      )}
    </Alert>
  );
}
