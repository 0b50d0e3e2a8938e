import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { currentSessionSchema, sessionSchema, type SignInRequest } from './contract/session';
import { api } from './client';
import { writeSessionToken } from '../lib/session-token';

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

export async function signIn(body: SignInRequest) {
  const session = await api.post('/session', sessionSchema, { body });
  writeSessionToken(session.token);
  return session;
}

export async function signOut() {
  await api.delete('/session', z.null()).catch(() => null);
  writeSessionToken(null);
}
