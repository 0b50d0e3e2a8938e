import { Alert, Text } from '@mantine/core';
import { IconMail } from '@tabler/icons-react';
import { usePortalTexts } from './portal-texts';

/** The seed's third mix-up: the portal opened directly, so the code field is empty. */
export function NoCodeHelp() {
  const { t } = usePortalTexts().tr;
  return (
    <Alert
      role="note"
      color="blue"
      variant="light"
      icon={<IconMail aria-hidden />}
      title={t('portal.noCode.title')}
    >
      <Text size="sm">{t('portal.noCode.text')}</Text>
    </Alert>
  );
}
