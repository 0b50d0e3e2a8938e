import { useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import {
  linkingRequestSchema,
  type AddLinkingRecords,
  type LinkingRequest,
  type ResendLink,
  type ReviewEmails,
  type RevokeLinkingRecord,
  type StartLinkingRequest,
} from '../../../api/contract/family-linking';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';
import { familyLinkingQueries, requestPath } from './family-linking-queries';

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

/** One change posted to `path`; `null` is a change with no body (send, confirm). */
function useLinkingChange<TBody>(path: string) {
  const saved = useSaved();
  return useIntentMutation({
    send: async (body: TBody, { signal, idempotencyKey }) => {
      const req = await api.post(path, linkingRequestSchema, {
        body: body ?? undefined,
        signal,
        idempotencyKey,
      });
      saved(req);
      return req;
    },
  });
}

const enc = encodeURIComponent;

export const useStartLinkingRequest = () =>
  useLinkingChange<StartLinkingRequest>('/linking-requests');

export const useAddLinkingRecords = (id: string) =>
  useLinkingChange<AddLinkingRecords>(`${requestPath(id)}/records`);

export const useReviewEmails = (id: string) =>
  useLinkingChange<ReviewEmails>(`${requestPath(id)}/emails`);

export const useSendLinks = (id: string) => useLinkingChange<null>(`${requestPath(id)}/send`);

export const useResendLink = (id: string, patientId: string) =>
  useLinkingChange<ResendLink>(`${requestPath(id)}/records/${enc(patientId)}/resend`);

export const useRevokeLinkingRecord = (id: string, patientId: string) =>
  useLinkingChange<RevokeLinkingRecord>(`${requestPath(id)}/records/${enc(patientId)}/revoke`);

export const useConfirmLinking = (id: string) =>
  useLinkingChange<null>(`${requestPath(id)}/confirm`);
