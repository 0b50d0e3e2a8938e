import { Alert, Group, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { formatDateTime } from '../../../lib/format';
import { can, deniedReason } from '../../../lib/permissions';
import { familyLinkingQueries, TRACK_POLL_MS } from '../api/family-linking-queries';
import { ConfirmStep } from './confirm-step';
import { EmailsStep } from './emails-step';
import { currentStep } from './linking-text';
import { RecordsStep } from './records-step';
import { SendStep } from './send-step';
import { StepList } from './step-list';
import { TrackStep } from './track-step';

const route = getRouteApi('/_staff/family-linking/$requestId');
const staffRoute = getRouteApi('/_staff');

/** One family linking request, at the step its state in the API says: resumable by anyone. */
export function LinkingRequestScreen() {
  const { requestId } = route.useParams();
  const { user } = staffRoute.useRouteContext();
  const { data: request } = useSuspenseQuery({
    ...familyLinkingQueries.detail(requestId),
    // While links are out, a short poll shows each record as the account holder links it.
    refetchInterval: (q) =>
      q.state.data && currentStep(q.state.data) === 'track' ? TRACK_POLL_MS : false,
  });
  const step = currentStep(request);
  return (
    <Stack maw={960}>
      <div>
        <Title order={1} size="h2">
          Link family records to {request.holder.name}'s account
        </Title>
        <Group gap="lg">
          <Text size="sm">
            Account holder: <strong>{request.holder.name}</strong> ({request.holder.email}
            {request.holder.access === 'limited' ? ', limited account' : ''})
          </Text>
          <Text size="sm" c="dimmed">
            Started {formatDateTime(request.createdAt)} by {request.createdByName}
          </Text>
        </Group>
      </div>
      <StepList current={step} />
      {step === 'records' &&
        // Choosing records is linking: a role that may not link is told why, not sent to a 403.
        (can(user.role, 'family.link') ? (
          <RecordsStep request={request} />
        ) : (
          <Alert color="gray" title="Records are chosen by patient experience or a clinic manager">
            <Text size="sm">{deniedReason('family.link')}</Text>
          </Alert>
        ))}
      {step === 'emails' && <EmailsStep request={request} />}
      {step === 'send' && <SendStep request={request} />}
      {step === 'track' && <TrackStep request={request} />}
      {(step === 'confirm' || step === 'done') && (
        <>
          <ConfirmStep request={request} />
          <TrackStep request={request} />
        </>
      )}
    </Stack>
  );
}
