import { Alert, Button, Stack, Text } from '@mantine/core';
import { grantSchema, GRANT_STATUS_LABELS, type Grant } from '../../../api/contract/shared-access';
import { ApiError, describeError } from '../../../api/errors';
import { formatDate } from '../../../lib/format';
import { isEditableGrant } from '../../../lib/shared-access-rules';
import { scopeText } from './shared-access-text';

/** The grant as it is now, when a save was refused because someone else changed or ended it. */
export function staleGrant(error: unknown): Grant | undefined {
  if (!(error instanceof ApiError) || error.status !== 409) return undefined;
  return grantSchema.safeParse(error.current).data;
}

/** What went wrong and what to do; the dialog around it keeps everything that was entered. */
export function EditGrantFailure({
  error,
  onUseCurrent,
}: {
  error: unknown;
  onUseCurrent: (current: Grant) => void;
}) {
  const { title, message } = describeError(error);
  const current = staleGrant(error);
  const retry = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
  return (
    <Alert color="red" title={title} role="alert">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{message}</Text>
        {current && (
          <>
            <Text size="sm">
              Now: {GRANT_STATUS_LABELS[current.status]}; scope {scopeText(current.scope)};{' '}
              {current.until ? `until ${formatDate(current.until)}` : 'no end date'}.
            </Text>
            {isEditableGrant(current.status) && (
              <>
                <Text size="sm">
                  Start again from it, or keep your changes and press Save changes to replace it.
                </Text>
                <Button size="xs" variant="default" onClick={() => onUseCurrent(current)}>
                  Start again from the current grant
                </Button>
              </>
            )}
          </>
        )}
        {retry && (
          <Text size="sm">Everything you entered is kept: press Save changes to try again.</Text>
        )}
      </Stack>
    </Alert>
  );
}
