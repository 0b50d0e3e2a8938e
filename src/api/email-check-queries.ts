import { queryOptions } from '@tanstack/react-query';
import { call } from './client';
import { ACCESS_CODE_ENDPOINTS as E } from './contract/access-code-endpoints';

/**
 * Who else has this address on file, for every dialog where staff enter a patient's email. The key
 * lives under the patient's, so a change to the patient refreshes it.
 */
export const emailCheckQuery = (patientId: string, email: string) =>
  queryOptions({
    queryKey: ['patients', 'detail', patientId, 'access', 'email-check', email],
    queryFn: ({ signal }) =>
      call(E.checkEmail, { params: { id: patientId }, signal, body: { email } }),
    staleTime: 60_000,
  });
