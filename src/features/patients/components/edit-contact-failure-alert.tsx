import { Button, Text } from '@mantine/core';
import type { Patient } from '../../../api/contract/patient';
import { ContactFailureAlert } from '../../../components/contact-failure-alert';

/** What went wrong and what to do; the dialog around it keeps everything that was entered. */
export function EditContactFailureAlert({
  error,
  onUseCurrent,
}: {
  error: unknown;
  onUseCurrent: (current: Patient) => void;
}) {
  return (
    <ContactFailureAlert
      error={error}
      retryWith="Save"
      stale={(current) => (
        <>
          <Text size="sm">
            On file now: email <strong>{current.email ?? 'none'}</strong>, phone{' '}
            <strong>{current.phone ?? 'none'}</strong>. Use these, or keep yours and press Save
            again.
          </Text>
          <Button size="xs" variant="default" onClick={() => onUseCurrent(current)}>
            Use the details on file
          </Button>
        </>
      )}
    />
  );
}
