import { queryOptions } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { TODAY_ENDPOINTS as E } from '../../../api/contract/today-endpoints';
import { TODAY_KEY } from '../../../api/today-count';

export const todayQueries = {
  summary: () =>
    queryOptions({
      queryKey: [...TODAY_KEY, 'summary'],
      queryFn: ({ signal }) => call(E.today, { signal }),
      // A request decided in another tab leaves the list when this tab is looked at again.
      staleTime: 0,
      refetchOnWindowFocus: 'always',
    }),
};
