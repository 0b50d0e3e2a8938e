import { SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import type { PrintLetter } from '../../../api/contract/access-code';
import { describeError } from '../../../api/errors';
import { useRequestAccessCode } from '../api/access-code-mutations';
import { accessCodeQueries } from '../api/access-code-queries';
import { AccessCodeCard } from './access-code-card';
import { DeliveryHistory } from './delivery-history';
import { PortalAccountCard } from './portal-account-card';
import { PrintLetterModal } from './print-letter-modal';
import { ReplaceCodeModal } from './request-code-modal';
import { RevokeAccessControl } from './revoke-access-control';
import { RevokeAccessModal, revokeDraftKey } from './revoke-access-modal';
import { SendAccessLinkModal, sendDraftKey } from './send-access-link-modal';
import { draftedDialog } from '../../../lib/form-drafts';

const route = getRouteApi('/_staff/patients/$patientId/access');
const staffRoute = getRouteApi('/_staff');

type Dialog = 'send' | 'replace' | 'revoke' | null;

const showFailure = (error: unknown) => {
  // A request abandoned on purpose is not a failure to report.
  if (error instanceof Error && error.name === 'AbortError') return;
  notifications.show({ color: 'red', ...describeError(error) });
};

/** The Medical Access Code tab: where a patient's access to the portal is given and taken back. */
export function AccessCodeTab() {
  const { patientId } = route.useParams();
  const { user } = staffRoute.useRouteContext();
  const { data: status } = useSuspenseQuery(accessCodeQueries.status(patientId));
  const request = useRequestAccessCode(patientId);
  const queryClient = useQueryClient();
  const [openingLetter, setOpeningLetter] = useState(false);
  // After a forced or idle sign-out, signing back in reopens the dialog that was being filled.
  // Arriving from Today's fix ("Correct and resend") opens the send dialog.
  const { dialog: asked } = route.useSearch();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<Dialog>(
    () =>
      asked ??
      draftedDialog([
        ['send', sendDraftKey(patientId)],
        ['revoke', revokeDraftKey(patientId)],
      ]),
  );
  const [letter, setLetter] = useState<PrintLetter | null>(null);
  const active = status.code?.state === 'active' ? status.code : null;
  const close = () => {
    setDialog(null);
    // A reload after closing must not open the dialog again.
    if (asked) void navigate({ to: '.', search: {}, replace: true });
  };

  const issued = () =>
    notifications.show({
      color: 'green',
      title: 'Access code issued',
      message: 'New access code issued. It expires in 5 days.',
    });
  // Each press of Request Access Code is a new intent: with an active code it only opens the
  // Replace dialog (whose own presses, once it has replaced the code, do nothing while it closes);
  // without one, a press while a request runs is still ignored.
  const onRequest = () => {
    if (active) {
      request.reset();
      return setDialog('replace');
    }
    request.ready();
    request.submit({ confirmReplace: false }, { onSuccess: issued, onError: showFailure });
  };

  // Opening the letter records nothing: the print is recorded when staff confirm it printed
  // (PrintLetterModal). With no active code one is issued first.
  const onPrint = async () => {
    if (openingLetter) return;
    setOpeningLetter(true);
    try {
      if (!active) {
        request.ready();
        await request.submitAsync({ confirmReplace: false });
      }
      const opened = await queryClient.fetchQuery(accessCodeQueries.letter(patientId));
      close();
      setLetter(opened);
    } catch (error) {
      showFailure(error);
    } finally {
      setOpeningLetter(false);
    }
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h4">
          Medical Access Code
        </Title>
        <Text size="sm" c="dimmed">
          Always send the link: it carries the code, so the patient never has to type it.
        </Text>
      </div>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <AccessCodeCard
          status={status}
          requesting={request.isPending}
          printing={openingLetter}
          onRequest={onRequest}
          onSend={() => setDialog('send')}
          onPrint={() => void onPrint()}
        />
        <PortalAccountCard status={status} />
      </SimpleGrid>
      <RevokeAccessControl status={status} role={user.role} onRevoke={() => setDialog('revoke')} />
      <DeliveryHistory
        deliveries={status.deliveries}
        revocations={status.revocations}
        asOf={status.asOf}
      />

      <SendAccessLinkModal
        opened={dialog === 'send'}
        status={status}
        onClose={close}
        onPrintInstead={() => void onPrint()}
        printing={request.isPending || openingLetter}
      />
      {active && (
        <ReplaceCodeModal
          opened={dialog === 'replace'}
          active={active}
          asOf={status.asOf}
          pending={request.isPending}
          error={request.error}
          onClose={() => {
            request.abandon();
            close();
          }}
          onConfirm={() =>
            request.submit(
              { confirmReplace: true },
              {
                onSuccess: () => {
                  close();
                  issued();
                },
              },
            )
          }
        />
      )}
      <RevokeAccessModal opened={dialog === 'revoke'} status={status} onClose={close} />
      <PrintLetterModal patientId={patientId} letter={letter} onClose={() => setLetter(null)} />
    </Stack>
  );
}
