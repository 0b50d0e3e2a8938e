import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../../../api/client';
import {
  grantSchema,
  proxyRequestSchema,
  type CreateRequest,
  type DecideRequest,
  type EditGrant,
} from '../../../api/contract/shared-access';
import { sharedAccessQueries } from '../../../api/shared-access-queries';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';

/** Every change shows in the queue, the navigation count and the patient's workspace. */
function useInvalidate() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: sharedAccessQueries.all() }),
      queryClient.invalidateQueries({ queryKey: ['patients'] }),
    ]);
}

/** The same Idempotency-Key while the same request is retried, a fresh one when it changes. */
function useRetryKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body: unknown) => {
    const json = JSON.stringify(body);
    if (last.current?.body !== json) last.current = { body: json, key: crypto.randomUUID() };
    return last.current.key;
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
  const invalidate = useInvalidate();
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
    // A 409 means someone else decided: show the request as it is now either way.
    onSettled: invalidate,
  });
}

export function useRevokeGrant(grantId: string) {
  const invalidate = useInvalidate();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (body: { reason: string }) =>
      api.post(`/shared-access/grants/${encodeURIComponent(grantId)}/revoke`, grantSchema, {
        body,
        idempotencyKey: keyFor(body),
      }),
    onSettled: invalidate,
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

export function useResendInvitation() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (grantId: string) =>
      api.post(`/shared-access/grants/${encodeURIComponent(grantId)}/invitation`, grantSchema),
    onSettled: invalidate,
  });
}
