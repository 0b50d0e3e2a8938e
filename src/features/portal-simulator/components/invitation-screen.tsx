import { Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import type { CareHome } from '../../../api/contract/shared-access';
import { AnchorLink } from '../../../components/anchor-link';
import { invitationQueries } from '../api/invitation-queries';
import { AcceptInvitationForm } from './accept-invitation-form';
import { CareHomeView } from './care-home';
import { DobForm } from './dob-form';
import { invitationStateText } from './portal-problem';
import { usePortalTexts } from './portal-texts';

const route = getRouteApi('/portal/invitation');

/** A care partner's invitation: the patient's date of birth first, then their own login. */
export function InvitationScreen() {
  const { token } = route.useSearch();
  const { t } = usePortalTexts().tr;
  const { data: inv } = useSuspenseQuery(invitationQueries.invitation(token ?? ''));
  const [home, setHome] = useState<{
    data: CareHome;
    credentials: { email: string; password: string };
  } | null>(null);

  if (home) return <CareHomeView initial={home.data} credentials={home.credentials} />;
  if (inv.state !== 'valid') {
    const m = invitationStateText(t, inv.state);
    return (
      <Stack>
        <Title order={1} size="h2">
          {m.title}
        </Title>
        <Text>{m.detail}</Text>
        {inv.state === 'accepted' && (
          <AnchorLink to="/portal/care-partner">{t('portal.invitation.logIn')}</AnchorLink>
        )}
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('portal.invitation.title', { patientFirstName: inv.patientFirstName ?? '' })}
      </Title>
      <Text>
        {t('portal.invitation.intro', {
          name: inv.carePartnerName ?? '',
          patientFirstName: inv.patientFirstName ?? '',
        })}
      </Text>
      {inv.dobConfirmed ? (
        <AcceptInvitationForm
          token={token ?? ''}
          email={inv.email ?? ''}
          patientFirstName={inv.patientFirstName ?? ''}
          onAccepted={setHome}
        />
      ) : (
        <DobForm
          token={token ?? ''}
          firstName={inv.patientFirstName ?? 'the patient'}
          triesLeft={inv.triesLeft}
        />
      )}
    </Stack>
  );
}
