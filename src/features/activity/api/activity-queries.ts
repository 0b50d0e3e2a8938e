import { queryOptions } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { auditPageSchema } from '../../../api/contract/audit';

export const activityQueries = {
  all: (page: number) =>
    queryOptions({
      queryKey: ['audit', 'all', page],
      queryFn: ({ signal }) =>
        api.get('/audit', auditPageSchema, { signal, search: { page, pageSize: 50 } }),
    }),
  // Under the patient's key, so any change to the patient refreshes its Activity tab too.
  forPatient: (patientId: string) =>
    queryOptions({
      queryKey: ['patients', 'detail', patientId, 'activity'],
      queryFn: ({ signal }) =>
        api.get(`/patients/${encodeURIComponent(patientId)}/activity`, auditPageSchema, {
          signal,
          search: { pageSize: 100 },
        }),
    }),
};
