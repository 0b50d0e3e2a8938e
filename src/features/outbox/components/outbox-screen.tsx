import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconClockPlus, IconRefresh } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { EmptyState, ErrorState, LoadingState } from '../../../components/query-states';
import { formatDateTime } from '../../../lib/format';
import { outboxQueries, useAdvanceClock, useResetDemoData } from '../api/outbox-queries';
import { ChaosPanel } from './chaos-panel';
import { EmailPreview } from './email-preview';

/** Every email the demo clinic "sent", as the patient sees it (mock builds only). */
export function OutboxScreen() {
  const query = useQuery(outboxQueries.list());
  const advance = useAdvanceClock();
  const reset = useResetDemoData();
  const [confirmReset, setConfirmReset] = useState(false);
  const failed = advance.error ?? reset.error;

  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            Outbox
          </Title>
          <Text size="sm" c="dimmed">
            Demo clinic only: emails are not really sent. Open one as the patient to walk through
            their side.
          </Text>
        </div>
        {query.data && (
          <Text size="sm" aria-live="polite">
            Demo clock: <strong>{formatDateTime(query.data.now)}</strong>
          </Text>
        )}
      </Group>
      <Group>
        <Button
          variant="default"
          leftSection={<IconClockPlus size={16} aria-hidden />}
          loading={advance.isPending}
          onClick={() => advance.mutate(1)}
        >
          Advance clock 1 day
        </Button>
        <Button
          variant="default"
          leftSection={<IconClockPlus size={16} aria-hidden />}
          loading={advance.isPending}
          onClick={() => advance.mutate(5)}
        >
          Advance clock 5 days
        </Button>
        {confirmReset ? (
          <Group gap="xs">
            <Text size="sm">Reset every change back to the demo data?</Text>
            <Button
              color="red"
              loading={reset.isPending}
              onClick={() => reset.mutate(undefined, { onSettled: () => setConfirmReset(false) })}
            >
              Yes, reset
            </Button>
            <Button variant="default" onClick={() => setConfirmReset(false)}>
              Cancel
            </Button>
          </Group>
        ) : (
          <Button
            variant="light"
            color="red"
            leftSection={<IconRefresh size={16} aria-hidden />}
            onClick={() => setConfirmReset(true)}
          >
            Reset demo data
          </Button>
        )}
      </Group>
      {failed && <ErrorState error={failed} />}
      <ChaosPanel />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.emails.length === 0 ? (
        <EmptyState title="No emails yet">Emails the clinic sends will appear here.</EmptyState>
      ) : (
        <Stack gap="sm">
          {query.data.emails.map((email) => (
            <Card
              key={email.id}
              withBorder
              component="article"
              aria-label={`${email.subject} to ${email.to}`}
            >
              <Group justify="space-between" mb="xs">
                <div>
                  <Text fw={600}>{email.subject}</Text>
                  <Text size="sm" c="dimmed">
                    To {email.to} · {formatDateTime(email.sentAt)}
                  </Text>
                </div>
                <Badge color={email.deliveryStatus === 'bounced' ? 'red' : 'green'} variant="light">
                  {email.deliveryStatus === 'bounced'
                    ? 'Bounced'
                    : email.deliveryStatus === 'delivered'
                      ? 'Delivered'
                      : 'Sent'}
                </Badge>
              </Group>
              <EmailPreview email={email} />
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
