import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { call } from './client';
import { type RequestQuery } from './contract/shared-access';
import { SHARED_ACCESS_ENDPOINTS as E } from './contract/shared-access-endpoints';
import { SHARED_ACCESS_KEY, waitingCountQuery } from './shared-access-waiting';

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
      queryFn: ({ signal }) => call(E.listSharedAccessRequests, { signal, query: { ...query } }),
      placeholderData: keepPreviousData,
    }),
  request: (id: string) =>
    queryOptions({
      queryKey: [...sharedAccessQueries.all(), 'request', id],
      queryFn: ({ signal }) => call(E.getSharedAccessRequest, { signal, params: { id } }),
    }),
  patient: (patientId: string) =>
    queryOptions({
      queryKey: ['patients', 'detail', patientId, 'shared-access'],
      queryFn: ({ signal }) => call(E.patientSharedAccess, { signal, params: { id: patientId } }),
    }),
  whoCanSee: (patientId: string) =>
    queryOptions({
      queryKey: ['patients', 'detail', patientId, 'who-can-see'],
      queryFn: ({ signal }) => call(E.whoCanSee, { signal, params: { id: patientId } }),
    }),
};
