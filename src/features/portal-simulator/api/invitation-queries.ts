import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { INVITATION_ENDPOINTS as E } from '../../../api/contract/invitation-endpoints';
import { type AcceptInvitation } from '../../../api/contract/shared-access';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';

export const invitationQueries = {
  all: () => ['portal', 'invitation'] as const,
  invitation: (token: string) =>
    queryOptions({
      queryKey: [...invitationQueries.all(), token],
      queryFn: ({ signal }) => call(E.openInvitation, { params: { token }, signal }),
    }),
  /** Checked again every few seconds: revoked or ended access disappears at once. */
  careHome: (credentials: { email: string; password: string }) =>
    queryOptions({
      queryKey: ['portal', 'care-home', credentials.email],
      queryFn: ({ signal }) => call(E.careHome, { signal, body: credentials }),
      refetchInterval: 2_000,
      gcTime: 0,
    }),
};

export function useConfirmDob(token: string) {
  const queryClient = useQueryClient();
  return useIntentMutation({
    // The same date pressed again after a lost answer is the same try, not another wrong one.
    send: (dateOfBirth: string, { signal, idempotencyKey }) =>
      call(E.confirmInvitationDob, {
        params: { token },
        body: { dateOfBirth },
        signal,
        idempotencyKey,
      }),
    onSuccess: (data) =>
      queryClient.setQueryData(invitationQueries.invitation(token).queryKey, data),
    // A third wrong date voids the invitation (410): read its state again.
    onError: () => queryClient.invalidateQueries({ queryKey: invitationQueries.all() }),
  });
}

export function useAcceptInvitation(token: string) {
  return useIntentMutation({
    // Pressing again after a lost answer is replayed, not refused as "already accepted".
    send: (body: AcceptInvitation, { signal, idempotencyKey }) =>
      call(E.acceptInvitation, { params: { token }, body, signal, idempotencyKey }),
  });
}

export function useCareLogin() {
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => call(E.careHome, { body }),
  });
}
