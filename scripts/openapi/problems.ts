import { z } from 'zod';
import { fieldErrorSchema, problemSchema } from '../../src/api/contract/common';
import type { Endpoint } from '../../src/api/contract/endpoints';

/**
 * Problem details (RFC 9457) as the API answers them, and which statuses each endpoint can answer:
 * derived from the registry (auth, path params, request, changes, version, problems), so a new
 * endpoint is documented without a line here.
 */

const PROBLEM = 'application/problem+json';

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 422 | 429 | 503;

/**
 * A text field that is cleaned (trimmed, normalised), then checked, as `plainText` and `emailField`
 * are, is a pipe whose input side is a bare string: on requests, say what its output side checks.
 */
function boundsOfCleanedText(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) {
  const def = (ctx.zodSchema as { _zod: { def: { type: string; out?: z.core.$ZodType } } })._zod
    .def;
  if (def.type !== 'pipe' || !def.out || ctx.jsonSchema.type !== 'string') return;
  const out = z.toJSONSchema(def.out, { io: 'output', unrepresentable: 'any' });
  if (out.type !== 'string') return;
  if (out.minLength !== undefined) ctx.jsonSchema.minLength = out.minLength;
  if (out.maxLength !== undefined) ctx.jsonSchema.maxLength = out.maxLength;
  if (out.format !== undefined) ctx.jsonSchema.format = out.format;
  ctx.jsonSchema.description ??= 'Checked once trimmed: leading and trailing spaces do not count.';
}

function jsonSchema(schema: z.core.$ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, {
    io,
    // Transforms have no JSON Schema: their input or output side describes them.
    unrepresentable: 'any',
    ...(io === 'input' ? { override: boundsOfCleanedText } : {}),
  });
  return rest;
}

export const problemComponents = {
  FieldError: {
    ...jsonSchema(fieldErrorSchema, 'output'),
    description:
      'One field to fix: `field` is its dotted path in the request body, `message` says the fix.',
  },
  Problem: {
    ...jsonSchema(problemSchema, 'output'),
    // RFC 9457 lets a problem carry extension members.
    additionalProperties: true,
    description:
      'Problem details (RFC 9457). `type` names the kind of problem (such as `invalid`, `forbidden`, `stale-version`), `title` and `detail` are written for staff, `errors` lists field errors (400), `current` carries the resource as it is now (409), `retryAfter` the seconds to wait (429).',
  },
};

const ref = { $ref: '#/components/schemas/Problem' };

const DESCRIPTIONS: Record<ProblemStatus, string> = {
  400: 'The request is not valid: `errors` names each field and its fix. A changing request without a usable `Idempotency-Key` is also a 400 (`idempotency-key-missing`).',
  401: 'Not signed in, or the session has ended (or, where the endpoint checks a password, the email or password is not right). Checked before anything else.',
  403: 'The permissions table does not allow this for the caller’s role (`forbidden`); `detail` gives the reason. It may depend on the record’s state, and says nothing more about it.',
  404: 'No resource has this id.',
  409: 'The request conflicts with the resource as it is now; `current` carries it when the client should show what changed.',
  410: 'The resource existed and can no longer be used (a dead access link).',
  429: 'Too many tries (`too-many-tries`): after 5 failures in a row for one account (by the email tried), access link or invitation, each failure starts a wait that doubles (30 s, 60 s, 120 s… at most an hour), and a try during the wait is refused before the password, code or date is checked. `Retry-After` (and `retryAfter`) give the seconds to wait; `detail` says it in plain words. A success clears the count; an access link locks for good after 10 wrong codes (410 `link-locked`). Failures, refusals and locks are audited.',
  422: 'This `Idempotency-Key` was already used with a different request body (`idempotency-key-reused`). Each change needs its own key.',
  503: 'The server is busy (`unavailable`). Retry the same request with the same `Idempotency-Key`: a change is never made twice.',
};

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds to wait before the next try (RFC 9110).',
    schema: { type: 'integer', minimum: 1 },
  },
};

export const problemResponses = Object.fromEntries(
  (Object.keys(DESCRIPTIONS) as unknown as ProblemStatus[]).map((status) => [
    `Problem${status}`,
    {
      description: DESCRIPTIONS[status],
      ...(Number(status) === 429 ? { headers: RETRY_AFTER } : {}),
      content: { [PROBLEM]: { schema: ref } },
    },
  ]),
);

/** Whether the request body carries the optimistic-concurrency `version`. */
export function hasVersion(endpoint: Endpoint): boolean {
  if (!endpoint.request) return false;
  const schema = jsonSchema(endpoint.request, 'input') as { properties?: Record<string, unknown> };
  return Boolean(schema.properties && 'version' in schema.properties);
}

export function pathParams(endpoint: Endpoint): string[] {
  return [...endpoint.path.matchAll(/:([A-Za-z_]\w*)/g)].map((m) => m[1] ?? '');
}

/** The statuses an endpoint can answer with a problem, in the order they are checked. */
export function problemStatuses(endpoint: Endpoint): ProblemStatus[] {
  const s = new Set<ProblemStatus>(endpoint.problems ?? []);
  if (endpoint.auth === 'staff') s.add(401).add(403);
  if (endpoint.request || endpoint.query || endpoint.changes) s.add(400);
  if (pathParams(endpoint).length) s.add(404);
  if (endpoint.changes) s.add(409).add(422);
  if (hasVersion(endpoint)) s.add(409);
  s.add(503);
  return [...s].sort((a, b) => a - b);
}

/** The 409 of this endpoint, saying which conflicts it has. */
export function conflictResponse(endpoint: Endpoint): Record<string, unknown> {
  const causes = [DESCRIPTIONS[409]];
  if (hasVersion(endpoint)) {
    causes.push(
      'Stale `version` (`stale-version`): someone changed the record since it was read. `current` holds the record as it is now; show it and let the user decide.',
    );
  }
  if (endpoint.changes) {
    causes.push(
      'A request with this `Idempotency-Key` is still running (`idempotency-key-in-flight`): wait, then retry with the same key to get its answer.',
    );
  }
  return { description: causes.join('\n\n'), content: { [PROBLEM]: { schema: ref } } };
}

export { jsonSchema };
