import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import {
  chaosSettingsSchema,
  outboxSchema,
  type ChaosSettings,
} from '../../../api/contract/outbox';

export const outboxQueries = {
  list: () =>
    queryOptions({
      queryKey: ['outbox'],
      queryFn: ({ signal }) => api.get('/_mock/outbox', outboxSchema, { signal }),
    }),
  chaos: () =>
    queryOptions({
      queryKey: ['outbox', 'chaos'],
      queryFn: ({ signal }) => api.get('/_mock/chaos', chaosSettingsSchema, { signal }),
    }),
};

export function useSetChaos() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ChaosSettings) =>
      api.put('/_mock/chaos', chaosSettingsSchema, { body: settings }),
    onSuccess: (settings) => queryClient.setQueryData(outboxQueries.chaos().queryKey, settings),
  });
}

/** Clock and reset change what every screen shows, so the whole cache is refreshed. */
export function useAdvanceClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => api.post('/_mock/clock', outboxSchema, { body: { days } }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.post('/_mock/reset', outboxSchema),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
