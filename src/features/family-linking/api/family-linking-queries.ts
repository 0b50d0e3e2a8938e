import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { emailCheckSchema } from '../../../api/contract/access-code';
import {
  candidateListSchema,
  holderOptionsSchema,
  linkingRequestPageSchema,
  linkingRequestSchema,
} from '../../../api/contract/family-linking';

const enc = encodeURIComponent;
export const requestPath = (id: string) => `/linking-requests/${enc(id)}`;

/** How often the tracking view asks whether the account holder has linked a record yet. */
export const TRACK_POLL_MS = 5000;

export const familyLinkingQueries = {
  all: () => ['linking-requests'] as const,
  list: (patientId?: string) =>
    queryOptions({
      queryKey: [...familyLinkingQueries.all(), 'list', patientId ?? null],
      queryFn: ({ signal }) =>
        api.get('/linking-requests', linkingRequestPageSchema, {
          signal,
          search: { patientId },
        }),
      staleTime: 5_000,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...familyLinkingQueries.all(), 'detail', id],
      queryFn: ({ signal }) => api.get(requestPath(id), linkingRequestSchema, { signal }),
      staleTime: 0,
      // The account holder links records from their own email: pick that up on return to the tab.
      refetchOnWindowFocus: 'always',
    }),
  holders: (patientId: string) =>
    queryOptions({
      queryKey: [...familyLinkingQueries.all(), 'holders', patientId],
      queryFn: ({ signal }) =>
        api.get(`/patients/${enc(patientId)}/linking-holders`, holderOptionsSchema, { signal }),
      staleTime: 0,
    }),
  candidates: (id: string, q: string) =>
    queryOptions({
      queryKey: [...familyLinkingQueries.all(), 'detail', id, 'candidates', q],
      queryFn: ({ signal }) =>
        api.post(`${requestPath(id)}/candidates`, candidateListSchema, {
          signal,
          body: q ? { q } : {},
        }),
    }),
  /** The Send Access Link check: who else has this address on file. */
  emailCheck: (patientId: string, email: string) =>
    queryOptions({
      queryKey: ['patients', 'detail', patientId, 'access', 'email-check', email],
      queryFn: ({ signal }) =>
        api.post(`/patients/${enc(patientId)}/email-check`, emailCheckSchema, {
          signal,
          body: { email },
        }),
      staleTime: 60_000,
    }),
};
