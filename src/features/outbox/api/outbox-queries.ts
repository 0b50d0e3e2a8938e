import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { type ChaosSettings } from '../../../api/contract/outbox';
import { OUTBOX_ENDPOINTS as E } from '../../../api/contract/outbox-endpoints';

export const outboxQueries = {
  list: () =>
    queryOptions({
      queryKey: ['outbox'],
      queryFn: ({ signal }) => call(E.outbox, { signal }),
      // Any change on any screen may send an email: opened again, the Outbox asks afresh rather
      // than showing the list from 15 s ago without the email just sent.
      staleTime: 0,
    }),
  chaos: () =>
    queryOptions({
      queryKey: ['outbox', 'chaos'],
      queryFn: ({ signal }) => call(E.getChaos, { signal }),
    }),
};

export function useSetChaos() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (settings: ChaosSettings) => call(E.setChaos, { body: settings }),
    onSuccess: (settings) => queryClient.setQueryData(outboxQueries.chaos().queryKey, settings),
  });
}

/** Clock and reset change what every screen shows, so the whole cache is refreshed. */
export function useAdvanceClock() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (days: number) => call(E.advanceClock, { body: { days } }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useResetDemoData() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(E.resetDemo),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
