import { currentSessionSchema, sessionSchema, signInRequestSchema } from './session';
import type { Endpoint } from './endpoint';

/** Staff sign-in, the current session and sign-out. */
export const SESSION_ENDPOINTS = {
  signIn: {
    method: 'POST',
    path: '/session',
    summary: 'Sign in as a staff member (after 5 failures for one email, each try waits: 429)',
    auth: 'none',
    changes: false,
    request: signInRequestSchema,
    response: sessionSchema,
    problems: [401, 429],
  },
  currentSession: {
    method: 'GET',
    path: '/session',
    summary: 'The signed-in staff member',
    auth: 'staff',
    changes: false,
    response: currentSessionSchema,
  },
  signOut: {
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out: ends the session on the server',
    auth: 'none',
    changes: false,
    response: null,
  },
} as const satisfies Record<string, Endpoint>;
