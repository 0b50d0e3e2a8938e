import { Stack, Text, Title } from '@mantine/core';
import type { UnusableLinkState } from '../../../api/contract/portal';
import { AnchorLink } from '../../../components/anchor-link';
import { linkStateText } from './portal-problem';
import { usePortalTexts } from './portal-texts';

/** An expired, cancelled, replaced or already used link: say so plainly, and what to do. No form. */
export function UnusableLink({ state }: { state: UnusableLinkState }) {
  const { t } = usePortalTexts().tr;
  const { title, detail } = linkStateText(t, state);
  return (
    <Stack>
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{detail}</Text>
      {state === 'redeemed' ? (
        <AnchorLink to="/portal">{t('portal.link.goHome')}</AnchorLink>
      ) : (
        <Text size="sm" c="dimmed">
          {t('portal.link.askClinic')}
        </Text>
      )}
    </Stack>
  );
}
