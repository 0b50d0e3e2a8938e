import { Alert, Text } from '@mantine/core';
import { ApiError } from '../../../api/errors';
import { TooManyTriesAlert } from '../../../components/too-many-tries-alert';
import { portalProblem, waitText, type ProblemContext } from './portal-problem';
import { usePortalTexts } from './portal-texts';

/**
 * A portal form's failure, in the page's language. Too many tries says how long to wait,
 * counting down, rather than offer to try at once. (Kept here, not in the shared ErrorState, so
 * the staff screens do not load it: only sign-in and the portal can answer 429.)
 */
export function PortalError({ error, context }: { error: unknown; context?: ProblemContext }) {
  const { t } = usePortalTexts().tr;
  if (error instanceof ApiError && error.status === 429)
    return (
      <TooManyTriesAlert
        key={error.retryAt}
        error={error}
        words={{
          title: t('portal.problem.tooManyTries.title'),
          readyTitle: t('portal.problem.tooManyTries.readyTitle'),
          sentence: (seconds) => waitText(t, seconds),
        }}
      />
    );
  const { title, detail } = portalProblem(t, error, context);
  return (
    <Alert color="red" title={title} role="alert">
      <Text size="sm">{detail}</Text>
    </Alert>
  );
}
