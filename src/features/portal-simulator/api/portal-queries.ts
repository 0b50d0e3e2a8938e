import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import {
  portalLinkSchema,
  portalResultSchema,
  type PortalLinkToAccountRequest,
  type PortalLogInRequest,
  type PortalRegisterRequest,
} from '../../../api/contract/portal';
import { useRetryKey } from '../../../hooks/use-retry-key';

export const portalQueries = {
  all: () => ['portal'] as const,
  link: (token: string) =>
    queryOptions({
      queryKey: [...portalQueries.all(), 'link', token],
      queryFn: ({ signal }) =>
        api.get(`/portal/links/${encodeURIComponent(token)}`, portalLinkSchema, { signal }),
    }),
};

/** A new patient sets their password; the record gets full access. */
export function useRegisterPortalAccount() {
  const queryClient = useQueryClient();
  const keyFor = useRetryKey();
  return useMutation({
    // Pressing again after a lost answer resends the same request: it is replayed, not refused
    // as "already used".
    mutationFn: (body: PortalRegisterRequest) =>
      api.post('/portal/register', portalResultSchema, { body, idempotencyKey: keyFor(body) }),
    // Marked stale only: refetching now would swap the success page for "already used".
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: portalQueries.all(), refetchType: 'none' }),
  });
}

/** An existing account holder logs in; the record is linked into their account with full access. */
export function useLinkRecordToAccount() {
  const queryClient = useQueryClient();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (body: PortalLinkToAccountRequest) =>
      api.post('/portal/link', portalResultSchema, { body, idempotencyKey: keyFor(body) }),
    // Marked stale only: refetching now would swap the success page for "already used".
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: portalQueries.all(), refetchType: 'none' }),
  });
}

/** The portal home: logging in shows the account's linked profiles (kept in memory only). */
export function useLogInToPortal() {
  return useMutation({
    mutationFn: (body: PortalLogInRequest) =>
      api.post('/portal/log-in', portalResultSchema, { body }),
  });
}
