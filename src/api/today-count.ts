import { queryOptions } from '@tanstack/react-query';
import { call } from './client';
import { TODAY_COUNT_ENDPOINTS as E } from './contract/today-count-endpoints';

/** The root of every Today query key: any change refreshes them (app/query-client). */
export const TODAY_KEY = ['today'] as const;

/** How many items wait on Today: the navigation's count. */
export const todayCountQuery = () =>
  queryOptions({
    queryKey: [...TODAY_KEY, 'count'],
    queryFn: ({ signal }) => call(E.todayCount, { signal }),
    // Back in this tab after a change in another, the count is fetched again.
    staleTime: 0,
  });
