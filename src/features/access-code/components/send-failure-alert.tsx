import { Button, Text } from '@mantine/core';
import { ContactFailureAlert } from '../../../components/contact-failure-alert';

/** What went wrong and what to do; the dialog around it keeps everything that was entered. */
export function SendFailureAlert({
  error,
  onUseEmail,
}: {
  error: unknown;
  onUseEmail: (email: string) => void;
}) {
  return (
    <ContactFailureAlert
      error={error}
      retryWith="Send Access Link"
      stale={(current) => (
        <>
          <Text size="sm">
            The email on file is now <strong>{current.email ?? 'empty'}</strong>. Use it, or keep
            your address and press Send Access Link again.
          </Text>
          {current.email && (
            <Button size="xs" variant="default" onClick={() => onUseEmail(current.email ?? '')}>
              Use {current.email}
            </Button>
          )}
        </>
      )}
    />
  );
}
