import type { z } from 'zod';
import { apiBaseUrl } from '../lib/env';
import { CSRF_HEADER } from '../lib/session-timing';
import { problemSchema } from './contract/common';
import { ApiError, ContractError, networkError } from './errors';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

interface RequestOptions {
  body?: unknown;
  search?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
  /** Reuse one key when the same change is retried, so it happens once. */
  idempotencyKey?: string;
}

let ready: Promise<unknown> = Promise.resolve();

/** Requests wait for this first (the demo's mock clinic starting) while the app already renders. */
export function holdRequestsUntil(started: Promise<unknown>): void {
  ready = started.catch(() => undefined);
}

function buildUrl(path: string, search?: RequestOptions['search']): string {
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
  if (parsed.success) return new ApiError(parsed.data);
  return new ApiError({
    type: 'about:blank',
    status: res.status,
    title: res.status >= 500 ? 'The server had a problem' : `Request failed (${res.status})`,
    detail: 'Try again in a moment. Nothing was lost.',
  });
}

/**
 * Calls the API and parses the answer with its contract schema: a response that does not match
 * is an error, never silently used. Changing requests always carry an Idempotency-Key.
 */
export async function apiRequest<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.infer<S>> {
  // The session is an HttpOnly cookie the browser sends by itself: no token is read or sent here.
  // The custom header marks the request as the app's own (the server refuses changes without it).
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [CSRF_HEADER.name]: CSRF_HEADER.value,
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers['Idempotency-Key'] = options.idempotencyKey ?? crypto.randomUUID();

  await ready;
  let res: Response;
  try {
    res = await fetch(buildUrl(path, options.search), {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
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
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ContractError(`${method} ${path}`, parsed.error.issues);
  return parsed.data;
}

export const api = {
  get: <S extends z.ZodType>(path: string, schema: S, o?: RequestOptions) =>
    apiRequest('GET', path, schema, o),
  post: <S extends z.ZodType>(path: string, schema: S, o?: RequestOptions) =>
    apiRequest('POST', path, schema, o),
  put: <S extends z.ZodType>(path: string, schema: S, o?: RequestOptions) =>
    apiRequest('PUT', path, schema, o),
  patch: <S extends z.ZodType>(path: string, schema: S, o?: RequestOptions) =>
    apiRequest('PATCH', path, schema, o),
  delete: <S extends z.ZodType>(path: string, schema: S, o?: RequestOptions) =>
    apiRequest('DELETE', path, schema, o),
};
