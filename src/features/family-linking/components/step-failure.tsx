import { Alert, Text } from '@mantine/core';
import type { LinkingCandidate } from '../../../api/contract/family-linking';
import { ApiError, describeError } from '../../../api/errors';
import { AnchorLink } from '../../../components/anchor-link';

/** What went wrong and what to do; the step around it keeps everything entered. */
export function StepFailure({ error, action }: { error: unknown; action: string }) {
  const { title, message } = describeError(error);
  const held =
    error instanceof ApiError && error.type === 'held-by-another-account'
      ? (error.current as LinkingCandidate | undefined)
      : undefined;
  const retry = !(error instanceof ApiError) || error.status === 0 || error.status >= 500;
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{message}</Text>
      {held?.patientId && (
        <AnchorLink
          to="/patients/$patientId/access"
          params={{ patientId: held.patientId }}
          size="sm"
        >
          Open {held.name}'s Medical Access Code tab
        </AnchorLink>
      )}
      {retry && (
        <Text size="sm" mt="xs">
          Everything you entered is kept: press {action} to try again.
        </Text>
      )}
    </Alert>
  );
}
