import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import {
  portalLinkSchema,
  portalResultSchema,
  type PortalLinkToAccountRequest,
  type PortalLogInRequest,
  type PortalRegisterRequest,
} from '../../../api/contract/portal';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';

export const portalQueries = {
  all: () => ['portal'] as const,
  link: (token: string) =>
    queryOptions({
      queryKey: [...portalQueries.all(), 'link', token],
      queryFn: ({ signal }) =>
        api.get(`/portal/links/${encodeURIComponent(token)}`, portalLinkSchema, { signal }),
    }),
};

/** Marked stale only: refetching now would swap the success page for "already used". */
function useMarkPortalStale() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: portalQueries.all(), refetchType: 'none' });
}

/** A new patient sets their password; the record gets full access. */
export function useRegisterPortalAccount() {
  return useIntentMutation({
    // Pressing again after a lost answer resends the same request: it is replayed, not refused
    // as "already used".
    send: (body: PortalRegisterRequest, { signal, idempotencyKey }) =>
      api.post('/portal/register', portalResultSchema, { body, signal, idempotencyKey }),
    onSuccess: useMarkPortalStale(),
  });
}

/** An existing account holder logs in; the record is linked into their account with full access. */
export function useLinkRecordToAccount() {
  return useIntentMutation({
    send: (body: PortalLinkToAccountRequest, { signal, idempotencyKey }) =>
      api.post('/portal/link', portalResultSchema, { body, signal, idempotencyKey }),
    onSuccess: useMarkPortalStale(),
  });
}

/** The portal home: logging in shows the account's linked profiles (kept in memory only). */
export function useLogInToPortal() {
  return useMutation({
    mutationFn: (body: PortalLogInRequest) =>
      api.post('/portal/log-in', portalResultSchema, { body }),
  });
}
