import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import { api } from '../../../api/client';
import {
  linkingRequestSchema,
  type AddLinkingRecords,
  type LinkingRequest,
  type ResendLink,
  type ReviewEmails,
} from '../../../api/contract/family-linking';
import { familyLinkingQueries, requestPath } from './family-linking-queries';

/**
 * The same Idempotency-Key while the same request is retried (a lost answer must not email the
 * family twice), a fresh one as soon as anything in it changes.
 */
function useRetryKey() {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body: unknown) => {
    const json = JSON.stringify(body ?? null);
    if (last.current?.body !== json) last.current = { body: json, key: crypto.randomUUID() };
    return last.current.key;
  };
}

/** Every change answers with the whole request: show it at once, and refresh what it touches. */
function useSaved() {
  const queryClient = useQueryClient();
  return (req: LinkingRequest) => {
    queryClient.setQueryData(familyLinkingQueries.detail(req.id).queryKey, req);
    void queryClient.invalidateQueries({ queryKey: familyLinkingQueries.all() });
    void queryClient.invalidateQueries({ queryKey: ['patients'] });
  };
}

export function useStartLinkingRequest() {
  const saved = useSaved();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (holderPatientId: string) =>
      api.post('/linking-requests', linkingRequestSchema, {
        body: { holderPatientId },
        idempotencyKey: keyFor(holderPatientId),
      }),
    onSuccess: saved,
  });
}

function useRequestChange<T>(id: string, path: (v: T) => string, body: (v: T) => unknown) {
  const saved = useSaved();
  const keyFor = useRetryKey();
  return useMutation({
    mutationFn: (v: T) =>
      api.post(`${requestPath(id)}${path(v)}`, linkingRequestSchema, {
        body: body(v),
        idempotencyKey: keyFor({ path: path(v), body: body(v) }),
      }),
    onSuccess: saved,
  });
}

export const useAddLinkingRecords = (id: string) =>
  useRequestChange<AddLinkingRecords>(
    id,
    () => '/records',
    (v) => v,
  );

export const useReviewEmails = (id: string) =>
  useRequestChange<ReviewEmails>(
    id,
    () => '/emails',
    (v) => v,
  );

export const useSendLinks = (id: string) =>
  useRequestChange<null>(
    id,
    () => '/send',
    () => undefined,
  );

export const useResendLink = (id: string) =>
  useRequestChange<ResendLink & { patientId: string }>(
    id,
    (v) => `/records/${encodeURIComponent(v.patientId)}/resend`,
    ({ patientId: _p, ...v }) => v,
  );

export const useRevokeLinkingRecord = (id: string) =>
  useRequestChange<{ patientId: string; reason: string }>(
    id,
    (v) => `/records/${encodeURIComponent(v.patientId)}/revoke`,
    (v) => ({ reason: v.reason }),
  );

export const useConfirmLinking = (id: string) =>
  useRequestChange<null>(
    id,
    () => '/confirm',
    () => undefined,
  );
