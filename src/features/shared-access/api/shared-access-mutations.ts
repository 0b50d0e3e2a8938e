import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import {
  type CreateRequest,
  type DecideRequest,
  type EditGrant,
  type Grant,
  type ProxyRequest,
} from '../../../api/contract/shared-access';
import { SHARED_ACCESS_ENDPOINTS as E } from '../../../api/contract/shared-access-endpoints';
import { ApiError } from '../../../api/errors';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';

/**
 * Every change shows in the queue, the navigation count and the patient's workspace. The refresh
 * is not awaited: the change is done when the server says so, and the dialog that made it must
 * close and confirm it before the refreshed row (a revoked grant has no Revoke) takes it away.
 */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: sharedAccessQueries.all() });
    void queryClient.invalidateQueries({ queryKey: ['patients'] });
  };
}

/**
 * A 409 means someone else changed it: show it as it is now. Any other failure leaves the screen
 * as it was, so pressing again resends the same change with the same key (a lost answer is
 * replayed, never made twice) rather than a refetched form that lost what was entered.
 */
function useInvalidateOnConflict() {
  const invalidate = useInvalidate();
  return (error: Error) => {
    if (error instanceof ApiError && error.status === 409) invalidate();
  };
}

/** One recorded request: a retry after a lost answer resends it with the same key. */
export function useCreateRequest() {
  return useIntentMutation({
    send: (body: CreateRequest, { signal, idempotencyKey }) =>
      call(E.createSharedAccessRequest, { body, signal, idempotencyKey }),
    onSuccess: useInvalidate(),
  });
}

export function useDecideRequest(requestId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useIntentMutation({
    send: (body: DecideRequest, { signal, idempotencyKey }) =>
      call(E.decideSharedAccessRequest, {
        params: { id: requestId },
        body,
        signal,
        idempotencyKey,
      }),
    // The answer is the request as it is now: shown at once, so the form starts afresh before
    // the decision is confirmed and nothing typed next is swept away by a later refresh.
    onSuccess: (request: ProxyRequest) => {
      queryClient.setQueryData(sharedAccessQueries.request(requestId).queryKey, request);
      invalidate();
    },
    onError: useInvalidateOnConflict(),
  });
}

export function useRevokeGrant(grantId: string) {
  return useIntentMutation({
    send: (body: { reason: string }, { signal, idempotencyKey }) =>
      call(E.revokeGrant, { params: { id: grantId }, body, signal, idempotencyKey }),
    onSuccess: useInvalidate(),
    onError: useInvalidateOnConflict(),
  });
}

/**
 * One edit, made safely: a retry after a failure resends the same request with the same
 * Idempotency-Key, and closing the dialog abandons it.
 */
export function useEditGrant(grantId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  return useIntentMutation({
    send: (body: EditGrant, { signal, idempotencyKey }) =>
      call(E.editGrant, { params: { id: grantId }, body, signal, idempotencyKey }),
    // The answer is the grant as saved: its row shows it at once, as the notice does, rather
    // than the old scope and end date until the refresh arrives.
    onSuccess: (saved: Grant) =>
      queryClient.setQueryData(
        sharedAccessQueries.patient(saved.patientId).queryKey,
        (tab) => tab && { ...tab, grants: tab.grants.map((g) => (g.id === saved.id ? saved : g)) },
      ),
    // A 409 means someone else changed or ended it: show the grant as it is now either way.
    onSettled: invalidate,
  });
}

/** One press is one invitation: pressing again after a lost answer resends that same request. */
export function useResendInvitation() {
  const invalidate = useInvalidate();
  return useIntentMutation({
    send: (grantId: string, { signal, idempotencyKey }) =>
      call(E.resendInvitation, { params: { id: grantId }, signal, idempotencyKey }),
    onSettled: invalidate,
  });
}
