import { queryOptions } from '@tanstack/react-query';
import { SESSION_ENDPOINTS as E } from './contract/session-endpoints';
import { call } from './client';

/** The signed-in staff member. Shared by every feature: roles drive what each screen offers. */
export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: ({ signal }) => call(E.currentSession, { signal }),
      staleTime: 5 * 60 * 1000,
      retry: false,
    }),
};

/** Ends the session on the server (the cookie stops working everywhere it was copied). */
export async function signOut() {
  await call(E.signOut).catch(() => null);
}
