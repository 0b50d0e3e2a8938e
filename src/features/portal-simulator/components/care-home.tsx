import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { CareHome } from '../../../api/contract/shared-access';
import { invitationQueries } from '../api/invitation-queries';
import { portalProblem } from './portal-problem';
import { usePortalTexts } from './portal-texts';

/** "1 de enero de 2027": a calendar date (no time of day), in the page's language. */
function calendarDate(isoDate: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

/** The care partner's home: whose records they can see, and which parts. Rechecked continually. */
export function CareHomeView({
  initial,
  credentials,
}: {
  initial: CareHome;
  credentials: { email: string; password: string };
}) {
  const { language, tr } = usePortalTexts();
  const { t } = tr;
  const { data = initial, error } = useQuery({
    ...invitationQueries.careHome(credentials),
    initialData: initial,
  });
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('portal.care.title')}
      </Title>
      <Text size="sm">{t('portal.care.loggedIn', { email: data.accountEmail })}</Text>
      {error && <Alert color="red">{portalProblem(t, error, { carePartner: true }).detail}</Alert>}
      {data.records.length === 0 ? (
        <Alert color="gray" title={t('portal.care.none.title')}>
          {t('portal.care.none.detail')}
        </Alert>
      ) : (
        data.records.map((r) => (
          <section
            key={r.patientName}
            aria-label={t('portal.care.recordsLabel', { name: r.patientName })}
          >
            <Title order={2} size="h4">
              {t('portal.care.recordsTitle', { name: r.patientName })}
            </Title>
            <Text size="sm">{t('portal.care.scope')}</Text>
            <List size="sm">
              {r.scope.map((c) => (
                <List.Item key={c}>{t(`portal.scope.${c}`)}</List.Item>
              ))}
            </List>
            {r.until && (
              <Text size="sm">
                {t('portal.care.until', { until: calendarDate(r.until, language) })}
              </Text>
            )}
          </section>
        ))
      )}
    </Stack>
  );
}
