import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../api/client';
import {
  patientPageSchema,
  patientSchema,
  type PatientSearch,
} from '../../../api/contract/patient';
import { portalAccountSchema } from '../../../api/contract/portal-account';

export const patientQueries = {
  all: () => ['patients'] as const,
  list: (search: PatientSearch) =>
    queryOptions({
      queryKey: [...patientQueries.all(), 'list', search],
      queryFn: ({ signal }) =>
        api.post('/patients/search', patientPageSchema, {
          signal,
          body: { q: search.q, page: search.page, pageSize: search.pageSize },
        }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...patientQueries.all(), 'detail', id],
      queryFn: ({ signal }) =>
        api.get(`/patients/${encodeURIComponent(id)}`, patientSchema, { signal }),
    }),
  portalAccount: (id: string) =>
    queryOptions({
      queryKey: [...patientQueries.all(), 'detail', id, 'portal-account'],
      queryFn: ({ signal }) =>
        api.get(
          `/patients/${encodeURIComponent(id)}/portal-account`,
          z.object({ account: portalAccountSchema.nullable() }),
          { signal },
        ),
    }),
};
