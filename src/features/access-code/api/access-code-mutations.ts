import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import {
  type AccessStatus,
  type Delivery,
  type RecordPrintRequest,
  type RevokeAccessRequest,
  type SendAccessLinkRequest,
} from '../../../api/contract/access-code';
import { ACCESS_CODE_ENDPOINTS as E } from '../../../api/contract/access-code-endpoints';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';
import { accessCodeQueries } from './access-code-queries';

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

/**
 * The tab shows what the change's own answer says, in the same render as the notice that says it
 * is done: "Access code issued" never shows over a card that still says NO CODE while the refresh
 * is on its way (the refresh then brings the rest: the Overview, the header, the account).
 */
function useShowAnswer(patientId: string) {
  const queryClient = useQueryClient();
  const invalidate = useInvalidatePatients();
  return (update: (status: AccessStatus) => AccessStatus) => {
    queryClient.setQueryData(accessCodeQueries.status(patientId).queryKey, (status) =>
      status ? update(status) : status,
    );
    invalidate();
  };
}

/** The delivery history with this delivery first, as the server lists them (newest first). */
const withDelivery = (deliveries: Delivery[], delivery: Delivery) => [
  delivery,
  ...deliveries.filter((d) => d.id !== delivery.id),
];

export function useRequestAccessCode(patientId: string) {
  const show = useShowAnswer(patientId);
  return useIntentMutation({
    send: (body: { confirmReplace: boolean }, { signal, idempotencyKey }) =>
      call(E.requestAccessCode, { params: { id: patientId }, body, signal, idempotencyKey }),
    onSuccess: (code) => show((status) => ({ ...status, code })),
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
  const show = useShowAnswer(patientId);
  const invalidate = useInvalidatePatients();
  return useIntentMutation({
    send: (body: SendAccessLinkRequest, { signal, idempotencyKey }) =>
      call(E.sendAccessLink, { params: { id: patientId }, body, signal, idempotencyKey }),
    onSuccess: ({ code, delivery }) =>
      show((status) => ({
        ...status,
        code,
        deliveries: withDelivery(status.deliveries, delivery),
      })),
    // A 409 means the record changed under us: refresh what the tab shows.
    onError: invalidate,
  });
}

/** Staff confirmed the letter printed: one confirmation, one recorded print (one key per intent). */
export function useRecordPrint(patientId: string) {
  const show = useShowAnswer(patientId);
  return useIntentMutation({
    send: (body: RecordPrintRequest, { signal, idempotencyKey }) =>
      call(E.printAccessCode, { params: { id: patientId }, body, signal, idempotencyKey }),
    onSuccess: (delivery) =>
      show((status) => ({ ...status, deliveries: withDelivery(status.deliveries, delivery) })),
  });
}

export function useRevokeAccess(patientId: string) {
  const show = useShowAnswer(patientId);
  // The answer is the tab as it now is: code, account, history and the revoke itself.
  return useIntentMutation({
    send: (body: RevokeAccessRequest, { signal, idempotencyKey }) =>
      call(E.revokeAccess, { params: { id: patientId }, body, signal, idempotencyKey }),
    onSuccess: (status) => show(() => status),
  });
}
