import { Alert, Group, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Patient } from '../api/contract/patient';
import { ApiError, describeError } from '../api/errors';
import { stalePatient } from '../api/stale-patient';

/**
 * Why a change to a patient's contact details failed, and what to do, for each dialog that saves
 * them (Send Access Link, Edit contact); the dialog keeps everything that was entered. After a
 * 409, `stale` says what is on file now and offers to use it.
 */
export function ContactFailureAlert({
  error,
  retryWith,
  stale,
}: {
  error: unknown;
  /** The button that tries again ("Send Access Link", "Save"). */
  retryWith: string;
  stale: (current: Patient) => ReactNode;
}) {
  const { title, message } = describeError(error);
  const current = stalePatient(error);
  const fieldErrors = error instanceof ApiError && error.fieldErrors.length > 0;
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{message}</Text>
      {current ? (
        <Group gap="xs" mt="xs">
          {stale(current)}
        </Group>
      ) : (
        <Text size="sm">
          {fieldErrors
            ? `Fix what is marked above, then press ${retryWith}.`
            : `Your entries are kept: press ${retryWith} to try again.`}
        </Text>
      )}
    </Alert>
  );
}
