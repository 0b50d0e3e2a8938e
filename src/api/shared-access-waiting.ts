import { queryOptions } from '@tanstack/react-query';
import { call } from './client';
import { SHARED_ACCESS_WAITING_ENDPOINTS as E } from './contract/shared-access-waiting-endpoints';

/** The root of every shared-access query key (see `sharedAccessQueries`). */
export const SHARED_ACCESS_KEY = ['shared-access'] as const;

/**
 * How many shared-access requests wait for staff: the navigation's count. Its own module, so the
 * layout on every screen does not carry the rest of the shared-access queries and schemas.
 */
export const waitingCountQuery = () =>
  queryOptions({
    queryKey: [...SHARED_ACCESS_KEY, 'waiting'],
    queryFn: ({ signal }) => call(E.sharedAccessWaiting, { signal }),
    staleTime: 30_000,
  });
