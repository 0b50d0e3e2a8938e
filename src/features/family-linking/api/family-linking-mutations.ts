import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import {
  type AddLinkingRecords,
  type LinkingRequest,
  type ResendLink,
  type ReviewEmails,
  type RevokeLinkingRecord,
  type StartLinkingRequest,
} from '../../../api/contract/family-linking';
import { FAMILY_LINKING_ENDPOINTS as E } from '../../../api/contract/family-linking-endpoints';
import { useIntentMutation, type Sending } from '../../../hooks/use-intent-mutation';
import { familyLinkingQueries } from './family-linking-queries';

/*
 * Every change here goes through useIntentMutation: the first press fixes the request and its
 * Idempotency-Key, and every retry resends exactly that (a lost answer must not email the family
 * twice); a second press while it runs does nothing; offline fails at once; closing a dialog
 * abandons its request.
 */

/** Every change answers with the whole request: show it at once, and refresh what it touches. */
function useSaved() {
  const queryClient = useQueryClient();
  return (req: LinkingRequest) => {
    queryClient.setQueryData(familyLinkingQueries.detail(req.id).queryKey, req);
    void queryClient.invalidateQueries({ queryKey: familyLinkingQueries.all() });
    void queryClient.invalidateQueries({ queryKey: ['patients'] });
  };
}

/** One change; `null` is a change with no body (send, confirm). */
function useLinkingChange<TBody>(send: (body: TBody, sending: Sending) => Promise<LinkingRequest>) {
  const saved = useSaved();
  return useIntentMutation({
    send: async (body: TBody, sending: Sending) => {
      const req = await send(body, sending);
      saved(req);
      return req;
    },
  });
}

export const useStartLinkingRequest = () =>
  useLinkingChange((body: StartLinkingRequest, o) => call(E.startLinkingRequest, { body, ...o }));

export const useAddLinkingRecords = (id: string) =>
  useLinkingChange((body: AddLinkingRecords, o) =>
    call(E.addLinkingRecords, { params: { id }, body, ...o }),
  );

export const useReviewEmails = (id: string) =>
  useLinkingChange((body: ReviewEmails, o) =>
    call(E.reviewLinkingEmails, { params: { id }, body, ...o }),
  );

export const useSendLinks = (id: string) =>
  useLinkingChange((_: null, o) => call(E.sendLinkingLinks, { params: { id }, ...o }));

/** Resend and revoke address the item by its own id: a record added again has a new item. */
export const useResendLink = (id: string, itemId: string) =>
  useLinkingChange((body: ResendLink, o) =>
    call(E.resendLinkingLink, { params: { id, itemId }, body, ...o }),
  );

export const useRevokeLinkingRecord = (id: string, itemId: string) =>
  useLinkingChange((body: RevokeLinkingRecord, o) =>
    call(E.revokeLinkingRecord, { params: { id, itemId }, body, ...o }),
  );

export const useConfirmLinking = (id: string) =>
  useLinkingChange((_: null, o) => call(E.confirmLinkingRequest, { params: { id }, ...o }));
