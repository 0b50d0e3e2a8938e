import { queryOptions } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { ACCESS_CODE_ENDPOINTS as E } from '../../../api/contract/access-code-endpoints';

const base = (patientId: string) => ['patients', 'detail', patientId] as const;

/**
 * Keys live under the patient's key, so any change to the patient (invalidating ['patients'])
 * refreshes the Medical Access Code tab too.
 */
export const accessCodeQueries = {
  status: (patientId: string) =>
    queryOptions({
      queryKey: [...base(patientId), 'access'],
      queryFn: ({ signal }) => call(E.getAccessStatus, { params: { id: patientId }, signal }),
    }),
  /** The letter with the full code: fetched fresh each time it opens, and not kept afterwards. */
  letter: (patientId: string) =>
    queryOptions({
      queryKey: [...base(patientId), 'access', 'letter'],
      queryFn: ({ signal }) => call(E.getPrintLetter, { params: { id: patientId }, signal }),
      staleTime: 0,
      gcTime: 0,
    }),
};
