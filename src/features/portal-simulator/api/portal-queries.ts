import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import {
  portalLinkSchema,
  portalResultSchema,
  type PortalLinkToAccountRequest,
  type PortalLogInRequest,
  type PortalRegisterRequest,
} from '../../../api/contract/portal';

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
  return useMutation({
    mutationFn: (body: PortalRegisterRequest) =>
      api.post('/portal/register', portalResultSchema, { body }),
    // Marked stale only: refetching now would swap the success page for "already used".
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: portalQueries.all(), refetchType: 'none' }),
  });
}

/** An existing account holder logs in; the record is linked into their account with full access. */
export function useLinkRecordToAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PortalLinkToAccountRequest) =>
      api.post('/portal/link', portalResultSchema, { body }),
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
