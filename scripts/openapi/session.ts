import { ENDPOINTS, type Endpoint } from '../../src/api/contract/endpoints';

/**
 * How a staff session is carried: an HttpOnly, Secure, SameSite=Strict cookie set by sign-in, and
 * a custom header on every changing request (a cross-site form or script cannot add it).
 */
export const SESSION_COOKIE = 'access_desk_session';
export const REQUESTED_WITH = 'access-desk';

export const securityComponents = {
  securitySchemes: {
    staffSession: {
      type: 'apiKey',
      in: 'cookie',
      name: SESSION_COOKIE,
      description: [
        `The staff session: an opaque id in the \`${SESSION_COOKIE}\` cookie, which \`POST /session\` sets with \`HttpOnly; Secure; SameSite=Strict\`. Clients never read, store or send a token themselves: the browser sends the cookie.`,
        '`DELETE /session` ends the session on the server and clears the cookie, so a copied cookie stops working.',
        `Cross-site request forgery: besides SameSite=Strict, every request that is not a GET must carry \`X-Requested-With: ${REQUESTED_WITH}\`; the server refuses one without it. A cross-site form cannot set that header, and a cross-site script cannot send it without a CORS preflight the server does not allow.`,
      ].join('\n\n'),
    },
  },
  parameters: {
    IdempotencyKey: {
      name: 'Idempotency-Key',
      in: 'header',
      required: true,
      description:
        'One new random value (such as a UUID) per change, reused when the same change is retried. Bound to the signed-in staff member, the path and the request body: a retry gets the first answer and the change is made once; the same key with another body is a 422; while the first request still runs, a 409. Keys are kept for 24 hours.',
      schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,200}$' },
    },
    RequestedWith: {
      name: 'X-Requested-With',
      in: 'header',
      required: true,
      description: 'CSRF protection: every request that is not a GET carries it.',
      schema: { type: 'string', const: REQUESTED_WITH },
    },
  },
};

/** The Set-Cookie header of the endpoints that start or end the session. */
export function sessionHeaders(endpoint: Endpoint): Record<string, unknown> | null {
  if (endpoint === ENDPOINTS.signIn) {
    return {
      'Set-Cookie': {
        description: `Starts the session: \`${SESSION_COOKIE}=<opaque id>; HttpOnly; Secure; SameSite=Strict\`.`,
        schema: { type: 'string' },
      },
    };
  }
  if (endpoint === ENDPOINTS.signOut) {
    return {
      'Set-Cookie': {
        description: `Clears the session cookie (\`${SESSION_COOKIE}=; Max-Age=0\`).`,
        schema: { type: 'string' },
      },
    };
  }
  return null;
}
