import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { type PatientSearch } from '../../../api/contract/patient';
import { PATIENT_ENDPOINTS as E } from '../../../api/contract/patient-endpoints';

export const patientQueries = {
  all: () => ['patients'] as const,
  list: (search: PatientSearch) =>
    queryOptions({
      queryKey: [...patientQueries.all(), 'list', search],
      queryFn: ({ signal }) =>
        call(E.searchPatients, {
          signal,
          body: { q: search.q, page: search.page, pageSize: search.pageSize },
        }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...patientQueries.all(), 'detail', id],
      queryFn: ({ signal }) => call(E.getPatient, { params: { id }, signal }),
    }),
  portalAccount: (id: string) =>
    queryOptions({
      queryKey: [...patientQueries.all(), 'detail', id, 'portal-account'],
      queryFn: ({ signal }) => call(E.getPortalAccount, { params: { id }, signal }),
    }),
};
