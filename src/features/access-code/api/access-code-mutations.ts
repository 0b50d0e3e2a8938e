import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import {
  type RecordPrintRequest,
  type RevokeAccessRequest,
  type SendAccessLinkRequest,
} from '../../../api/contract/access-code';
import { ACCESS_CODE_ENDPOINTS as E } from '../../../api/contract/access-code-endpoints';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';

/*
 * Every change here goes through useIntentMutation: one Idempotency-Key per intent, kept across
 * retries; offline fails at once; closing the dialog abandons the request.
 */

/**
 * Every change here shows on the patient's other tabs too (header, Overview, Activity). The refresh
 * is not awaited: the change is done when the server says so, and a slow or failed refresh must
 * not keep the dialog spinning (the screens show their own loading and error states).
 */
function useInvalidatePatients() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: ['patients'] });
  };
}

export function useRequestAccessCode(patientId: string) {
  return useIntentMutation({
    send: (body: { confirmReplace: boolean }, { signal, idempotencyKey }) =>
      call(E.requestAccessCode, { params: { id: patientId }, body, signal, idempotencyKey }),
    onSuccess: useInvalidatePatients(),
  });
}

export function useRevealAccessCode(patientId: string) {
  return useIntentMutation({
    send: (_: null, { signal, idempotencyKey }) =>
      call(E.revealAccessCode, { params: { id: patientId }, signal, idempotencyKey }),
    onSuccess: useInvalidatePatients(),
  });
}

export function useSendAccessLink(patientId: string) {
  return useIntentMutation({
    send: (body: SendAccessLinkRequest, { signal, idempotencyKey }) =>
      call(E.sendAccessLink, { params: { id: patientId }, body, signal, idempotencyKey }),
    // A 409 means the record changed under us: refresh what the tab shows either way.
    onSettled: useInvalidatePatients(),
  });
}

/** Staff confirmed the letter printed: one confirmation, one recorded print (one key per intent). */
export function useRecordPrint(patientId: string) {
  return useIntentMutation({
    send: (body: RecordPrintRequest, { signal, idempotencyKey }) =>
      call(E.printAccessCode, { params: { id: patientId }, body, signal, idempotencyKey }),
    onSuccess: useInvalidatePatients(),
  });
}

export function useRevokeAccess(patientId: string) {
  return useIntentMutation({
    send: (body: RevokeAccessRequest, { signal, idempotencyKey }) =>
      call(E.revokeAccess, { params: { id: patientId }, body, signal, idempotencyKey }),
    onSuccess: useInvalidatePatients(),
  });
}
