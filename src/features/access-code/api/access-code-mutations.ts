import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../../../api/client';
import {
  accessCodeSchema,
  accessStatusSchema,
  printLetterSchema,
  revealedCodeSchema,
  sendAccessLinkResultSchema,
  type RevokeAccessRequest,
  type SendAccessLinkRequest,
} from '../../../api/contract/access-code';
import { accessCodePath } from './access-code-queries';

/** Every change here shows on the patient's other tabs too (header, Overview, Activity). */
function useInvalidatePatients() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['patients'] });
}

/**
 * The same Idempotency-Key while the same request is retried (a lost answer must not email the
 * patient twice), a fresh one as soon as anything in it changes.
 */
function useRetryKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body: unknown) => {
    const json = JSON.stringify(body);
    if (last.current?.body !== json) last.current = { body: json, key: crypto.randomUUID() };
    return last.current.key;
  };
}

export function useRequestAccessCode(patientId: string) {
  const invalidate = useInvalidatePatients();
  return useMutation({
    mutationFn: (confirmReplace: boolean) =>
      api.post(`${accessCodePath(patientId)}/access-code`, accessCodeSchema, {
        body: { confirmReplace },
      }),
    onSuccess: invalidate,
  });
}

export function useRevealAccessCode(patientId: string) {
  const invalidate = useInvalidatePatients();
  return useMutation({
    mutationFn: () =>
      api.post(`${accessCodePath(patientId)}/access-code/reveal`, revealedCodeSchema),
    onSuccess: invalidate,
  });
}

export function useSendAccessLink(patientId: string) {
  const invalidate = useInvalidatePatients();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (body: SendAccessLinkRequest) =>
      api.post(`${accessCodePath(patientId)}/access-link`, sendAccessLinkResultSchema, {
        body,
        idempotencyKey: keyFor(body),
      }),
    // A 409 means the record changed under us: refresh what the tab shows either way.
    onSettled: invalidate,
  });
}

export function usePrintAccessCode(patientId: string) {
  const invalidate = useInvalidatePatients();
  return useMutation({
    mutationFn: () => api.post(`${accessCodePath(patientId)}/access-code/print`, printLetterSchema),
    onSuccess: invalidate,
  });
}

export function useRevokeAccess(patientId: string) {
  const invalidate = useInvalidatePatients();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (body: RevokeAccessRequest) =>
      api.post(`${accessCodePath(patientId)}/revoke-access`, accessStatusSchema, {
        body,
        idempotencyKey: keyFor(body),
      }),
    onSuccess: invalidate,
  });
}
