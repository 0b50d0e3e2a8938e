import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { accessStatusSchema, emailCheckSchema } from '../../../api/contract/access-code';

const base = (patientId: string) => ['patients', 'detail', patientId] as const;
const path = (patientId: string) => `/patients/${encodeURIComponent(patientId)}`;

/**
 * Keys live under the patient's key, so any change to the patient (invalidating ['patients'])
 * refreshes the Medical Access Code tab too.
 */
export const accessCodeQueries = {
  status: (patientId: string) =>
    queryOptions({
      queryKey: [...base(patientId), 'access'],
      queryFn: ({ signal }) => api.get(`${path(patientId)}/access`, accessStatusSchema, { signal }),
    }),
  emailCheck: (patientId: string, email: string) =>
    queryOptions({
      queryKey: [...base(patientId), 'access', 'email-check', email],
      queryFn: ({ signal }) =>
        api.post(`${path(patientId)}/email-check`, emailCheckSchema, { signal, body: { email } }),
      staleTime: 60_000,
    }),
};

export const accessCodePath = path;
