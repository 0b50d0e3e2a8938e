import { z } from 'zod';
import { apiBaseUrl } from '../lib/env';
import { CSRF_HEADER } from '../lib/session-timing';
import { problemSchema } from './contract/common';
import type { Endpoint } from './contract/endpoint';
import { ApiError, ContractError, networkError } from './errors';

let ready: Promise<ApiError | null> = Promise.resolve(null);

/**
 * Requests wait for this first (the demo's mock clinic starting) while the app already renders.
 * If it fails with an ApiError, every request fails with that error: nothing could answer them.
 */
export function holdRequestsUntil(started: Promise<unknown>): void {
  ready = started.then(
    () => null,
    (e: unknown) => (e instanceof ApiError ? e : null),
  );
}

type Search = Record<string, string | number | undefined>;

function buildUrl(path: string, search?: Search): string {
  const url = `${apiBaseUrl}${path}`;
  if (!search) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(search))
    if (v !== undefined && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

async function toApiError(res: Response): Promise<ApiError> {
  const body: unknown = await res.json().catch(() => null);
  const parsed = problemSchema.safeParse(body);
  // A 429's wait comes in the Retry-After header (seconds); the body may repeat it.
  const retryAfter = Number(res.headers.get('Retry-After'));
  if (parsed.success) {
    const problem = parsed.data;
    if (problem.retryAfter === undefined && Number.isInteger(retryAfter) && retryAfter > 0)
      problem.retryAfter = retryAfter;
    return new ApiError(problem);
  }
  return new ApiError({
    type: 'about:blank',
    status: res.status,
    title: res.status >= 500 ? 'The server had a problem' : `Request failed (${res.status})`,
    detail: 'Try again in a moment. Nothing was lost.',
  });
}

/** The names of a path's `:params`: '/patients/:id/records/:patientId' → 'id' | 'patientId'. */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never;

/** What one endpoint's call needs: its path params, its body and query as the contract types them. */
export type CallOptions<E extends Endpoint> = {
  signal?: AbortSignal | undefined;
  /** Reuse one key when the same change is retried, so it happens once. */
  idempotencyKey?: string | undefined;
} & ([ParamNames<E['path']>] extends [never]
  ? { params?: never }
  : { params: Record<ParamNames<E['path']>, string> }) &
  (E['request'] extends z.ZodType ? { body: z.input<E['request']> } : { body?: never }) &
  (E['query'] extends z.ZodType ? { query?: z.input<E['query']> } : { query?: never });

/** The parsed answer of an endpoint: its response schema's type, or null when it answers none. */
export type CallResult<E extends Endpoint> = E['response'] extends z.ZodType
  ? z.output<E['response']>
  : null;

/** Optional when the endpoint needs neither params nor a body. */
type CallArgs<E extends Endpoint> =
  object extends CallOptions<E> ? [options?: CallOptions<E>] : [options: CallOptions<E>];

const noAnswer = z.null();

/**
 * The one way the app calls the API: an entry of the endpoint registry
 * (src/api/contract/*-endpoints.ts), its `:params` filled in, its body sent, and the answer parsed
 * with the endpoint's response schema: an answer that does not match is an error, never silently
 * used. Changing requests (every method but GET) always carry an Idempotency-Key.
 */
export async function call<E extends Endpoint>(
  endpoint: E,
  ...[options = {} as CallOptions<E>]: CallArgs<E>
): Promise<CallResult<E>> {
  const { method } = endpoint;
  const params = (options.params ?? {}) as Record<string, string>;
  const path = endpoint.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${endpoint.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const body: unknown = options.body;
  // The session is an HttpOnly cookie the browser sends by itself: no token is read or sent here.
  // The custom header marks the request as the app's own (the server refuses changes without it).
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [CSRF_HEADER.name]: CSRF_HEADER.value,
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['Idempotency-Key'] = options.idempotencyKey ?? crypto.randomUUID();

  const notStarted = await ready;
  if (notStarted) throw notStarted;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.query as Search | undefined), {
      method,
      headers,
      body: body === undefined ? null : JSON.stringify(body),
      signal: options.signal ?? null,
      // 'include' so the cookie also goes to an API on a sibling origin of the same site.
      credentials: 'include',
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw networkError();
  }
  if (!res.ok) throw await toApiError(res);
  const data: unknown = res.status === 204 ? null : await res.json().catch(() => undefined);
  const parsed = (endpoint.response ?? noAnswer).safeParse(data);
  if (!parsed.success) throw new ContractError(`${method} ${path}`, parsed.error.issues);
  return parsed.data as CallResult<E>;
}
