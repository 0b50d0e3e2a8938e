import { queryOptions } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { emailCheckQuery } from '../../../api/email-check-queries';
import { FAMILY_LINKING_ENDPOINTS as E } from '../../../api/contract/family-linking-endpoints';

/** How often the tracking view asks whether the account holder has linked a record yet. */
export const TRACK_POLL_MS = 5000;

export const familyLinkingQueries = {
  all: () => ['linking-requests'] as const,
  list: (patientId?: string, status: 'open' | 'done' = 'open') =>
    queryOptions({
      queryKey: [...familyLinkingQueries.all(), 'list', patientId ?? null, status],
      queryFn: ({ signal }) =>
        call(E.listLinkingRequests, { signal, query: { patientId, status } }),
      staleTime: 5_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...familyLinkingQueries.all(), 'detail', id],
      queryFn: ({ signal }) => call(E.getLinkingRequest, { params: { id }, signal }),
      staleTime: 0,
      // The account holder links records from their own email: pick that up on return to the tab.
      refetchOnWindowFocus: 'always',
    }),
  holders: (patientId: string) =>
    queryOptions({
      queryKey: [...familyLinkingQueries.all(), 'holders', patientId],
      queryFn: ({ signal }) => call(E.linkingHolderOptions, { params: { id: patientId }, signal }),
      staleTime: 0,
    }),
  candidates: (id: string, q: string) =>
    queryOptions({
      queryKey: [...familyLinkingQueries.all(), 'detail', id, 'candidates', q],
      queryFn: ({ signal }) =>
        call(E.linkingCandidates, { params: { id }, signal, body: q ? { q } : {} }),
    }),
  /** The Send Access Link check: who else has this address on file. */
  emailCheck: emailCheckQuery,
};
