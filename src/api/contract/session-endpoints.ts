import { currentSessionSchema } from './session';
import type { Endpoint } from './endpoint';

/** The current session and sign-out (sign-in is in sign-in-endpoints.ts). */
export const SESSION_ENDPOINTS = {
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
