import { Button, Stack, Text, Title } from '@mantine/core';
import { useLocation, type ErrorComponentProps } from '@tanstack/react-router';
import { ApiError } from '../../../api/errors';
import { useRouteRetry } from '../../../hooks/use-route-retry';
import { portalProblem } from './portal-problem';
import { usePortalTexts } from './portal-texts';

/** A link that does not exist, or a server that did not answer, in the patient's words. */
export function PortalErrorScreen({ error, reset }: ErrorComponentProps) {
  const retry = useRouteRetry(reset);
  const { t } = usePortalTexts().tr;
  const carePartner = useLocation().pathname.startsWith('/portal/invitation');
  const { title, detail } = portalProblem(t, error, { carePartner });
  // Trying an unknown link again will not help; a server or network failure might.
  const retryable = !(error instanceof ApiError && error.status >= 400 && error.status < 500);
  return (
    <Stack align="flex-start">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{detail}</Text>
      {retryable && <Button onClick={retry}>{t('portal.tryAgain')}</Button>}
    </Stack>
  );
}
