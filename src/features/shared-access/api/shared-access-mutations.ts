import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import {
  grantSchema,
  proxyRequestSchema,
  type CreateRequest,
  type DecideRequest,
  type EditGrant,
} from '../../../api/contract/shared-access';
import { ApiError } from '../../../api/errors';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';
import { useRetryKey } from '../../../hooks/use-retry-key';

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

export function useCreateRequest() {
  const invalidate = useInvalidate();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (body: CreateRequest) =>
      api.post('/shared-access/requests', proxyRequestSchema, {
        body,
        idempotencyKey: keyFor(body),
      }),
    onSuccess: invalidate,
  });
}

export function useDecideRequest(requestId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidate();
  const onConflict = useInvalidateOnConflict();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (body: DecideRequest) =>
      api.post(
        `/shared-access/requests/${encodeURIComponent(requestId)}/decision`,
        proxyRequestSchema,
        {
          body,
          idempotencyKey: keyFor(body),
        },
      ),
    // The answer is the request as it is now: shown at once, so the form starts afresh before
    // the decision is confirmed and nothing typed next is swept away by a later refresh.
    onSuccess: (request) => {
      queryClient.setQueryData(sharedAccessQueries.request(requestId).queryKey, request);
      invalidate();
    },
    onError: onConflict,
  });
}

export function useRevokeGrant(grantId: string) {
  const invalidate = useInvalidate();
  const onConflict = useInvalidateOnConflict();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (body: { reason: string }) =>
      api.post(`/shared-access/grants/${encodeURIComponent(grantId)}/revoke`, grantSchema, {
        body,
        idempotencyKey: keyFor(body),
      }),
    onSuccess: invalidate,
    onError: onConflict,
  });
}

/**
 * One edit, made safely: a retry after a failure resends the same request with the same
 * Idempotency-Key, and closing the dialog abandons it.
 */
export function useEditGrant(grantId: string) {
  const invalidate = useInvalidate();
  return useIntentMutation({
    send: (body: EditGrant, { signal, idempotencyKey }) =>
      api.patch(`/shared-access/grants/${encodeURIComponent(grantId)}`, grantSchema, {
        body,
        signal,
        idempotencyKey,
      }),
    // A 409 means someone else changed or ended it: show the grant as it is now either way.
    onSettled: invalidate,
  });
}

/** One press is one invitation: pressing again after a lost answer resends that same request. */
export function useResendInvitation() {
  return useIntentMutation({
    send: (grantId: string, { signal, idempotencyKey }) =>
      api.post(`/shared-access/grants/${encodeURIComponent(grantId)}/invitation`, grantSchema, {
        signal,
        idempotencyKey,
      }),
    onSettled: useInvalidate(),
  });
}
