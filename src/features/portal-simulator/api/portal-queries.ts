import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import {
  type PortalLinkToAccountRequest,
  type PortalLogInRequest,
  type PortalRegisterRequest,
} from '../../../api/contract/portal';
import { PORTAL_ENDPOINTS as E } from '../../../api/contract/portal-endpoints';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';

export const portalQueries = {
  all: () => ['portal'] as const,
  link: (token: string) =>
    queryOptions({
      queryKey: [...portalQueries.all(), 'link', token],
      queryFn: ({ signal }) => call(E.openAccessLink, { params: { token }, signal }),
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
      call(E.registerThroughLink, { body, signal, idempotencyKey }),
    onSuccess: useMarkPortalStale(),
  });
}

/** An existing account holder logs in; the record is linked into their account with full access. */
export function useLinkRecordToAccount() {
  return useIntentMutation({
    send: (body: PortalLinkToAccountRequest, { signal, idempotencyKey }) =>
      call(E.linkThroughLink, { body, signal, idempotencyKey }),
    onSuccess: useMarkPortalStale(),
  });
}

/** The portal home: logging in shows the account's linked profiles (kept in memory only). */
export function useLogInToPortal() {
  return useMutation({
    mutationFn: (body: PortalLogInRequest) => call(E.portalLogIn, { body }),
  });
}
