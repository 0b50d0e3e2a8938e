import { Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { CHAOS_FAILURE_RATES, type ChaosSettings } from '../../../api/contract/outbox';
import { ErrorState } from '../../../components/query-states';
import { outboxQueries, useSetChaos } from '../api/outbox-queries';

const LATENCIES = [0, 150, 800, 2000] as const;
const percent = (rate: number) => `${Math.round(rate * 100)}%`;

/**
 * Demo tools: slow the mock clinic down and make some requests fail (503), to try how each screen
 * copes. The same as opening the app with ?latency=800&chaos=0.3.
 */
export function ChaosPanel() {
  const query = useQuery(outboxQueries.chaos());
  const setChaos = useSetChaos();
  const current = query.data;
  const change = (patch: Partial<ChaosSettings>) => {
    if (current) setChaos.mutate({ ...current, ...patch });
  };

  return (
    <Card withBorder component="section" aria-labelledby="chaos-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="chaos-title">
          Simulate an unreliable network
        </Title>
        <Text size="sm" c="dimmed">
          Failed requests answer “The server is busy”; half of them fail after the change was made,
          as when an answer is lost on the way back. Demo tools are never slowed.
        </Text>
        {query.isError ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : (
          <Group align="flex-end">
            <NativeSelect
              label="Requests that fail"
              disabled={!current || setChaos.isPending}
              value={String(current?.failureRate ?? 0)}
              data={CHAOS_FAILURE_RATES.map((r) => ({
                value: String(r),
                label: r === 0 ? 'None' : percent(r),
              }))}
              onChange={(e) => change({ failureRate: Number(e.currentTarget.value) })}
            />
            <NativeSelect
              label="Delay per request"
              disabled={!current || setChaos.isPending}
              value={String(current?.latencyMs ?? 0)}
              data={LATENCIES.map((ms) => ({
                value: String(ms),
                label: ms === 0 ? 'None' : `${ms} ms`,
              }))}
              onChange={(e) => change({ latencyMs: Number(e.currentTarget.value) })}
            />
          </Group>
        )}
        {setChaos.error && <ErrorState error={setChaos.error} />}
      </Stack>
    </Card>
  );
}
