import { sessionSchema } from './session';
import { signInRequestSchema } from './sign-in';
import type { Endpoint } from './endpoint';

/** Staff sign-in. */
export const SIGN_IN_ENDPOINTS = {
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
} as const satisfies Record<string, Endpoint>;
