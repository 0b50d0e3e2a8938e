import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api } from './client';
import {
  patientSharedAccessSchema,
  proxyRequestSchema,
  requestPageSchema,
  whoCanSeeSchema,
  type RequestQuery,
} from './contract/shared-access';
import { SHARED_ACCESS_KEY, waitingCountQuery } from './shared-access-waiting';

const patientPath = (id: string) => `/patients/${encodeURIComponent(id)}`;

/**
 * One key factory for shared access: the navigation's waiting count, the queue, the review and
 * the workspace all read from it. Patient keys sit under ['patients'], so a patient change
 * refreshes them too.
 */
export const sharedAccessQueries = {
  all: () => SHARED_ACCESS_KEY,
  waiting: waitingCountQuery,
  list: (query: RequestQuery) =>
    queryOptions({
      queryKey: [...sharedAccessQueries.all(), 'list', query],
      queryFn: ({ signal }) =>
        api.get('/shared-access/requests', requestPageSchema, { signal, search: { ...query } }),
      placeholderData: keepPreviousData,
    }),
  request: (id: string) =>
    queryOptions({
      queryKey: [...sharedAccessQueries.all(), 'request', id],
      queryFn: ({ signal }) =>
        api.get(`/shared-access/requests/${encodeURIComponent(id)}`, proxyRequestSchema, {
          signal,
        }),
    }),
  patient: (patientId: string) =>
    queryOptions({
      queryKey: ['patients', 'detail', patientId, 'shared-access'],
      queryFn: ({ signal }) =>
        api.get(`${patientPath(patientId)}/shared-access`, patientSharedAccessSchema, { signal }),
    }),
  whoCanSee: (patientId: string) =>
    queryOptions({
      queryKey: ['patients', 'detail', patientId, 'who-can-see'],
      queryFn: ({ signal }) =>
        api.get(`${patientPath(patientId)}/who-can-see`, whoCanSeeSchema, { signal }),
    }),
};
