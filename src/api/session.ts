import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { currentSessionSchema, sessionSchema, type SignInRequest } from './contract/session';
import { api } from './client';

/** The signed-in staff member. Shared by every feature: roles drive what each screen offers. */
export const sessionQueries = {
  current: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: ({ signal }) => api.get('/session', currentSessionSchema, { signal }),
      staleTime: 5 * 60 * 1000,
      retry: false,
    }),
};

/** The server answers with an HttpOnly session cookie; the app keeps only who signed in. */
export function signIn(body: SignInRequest) {
  return api.post('/session', sessionSchema, { body });
}

/** Ends the session on the server (the cookie stops working everywhere it was copied). */
export async function signOut() {
  await api.delete('/session', z.null()).catch(() => null);
}
