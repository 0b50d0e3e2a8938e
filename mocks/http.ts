import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import type { z } from 'zod';
import type { Endpoint } from '../src/api/contract/endpoints';
import type { ChaosSettings } from '../src/api/contract/outbox';
import { db } from './db';
import { IdempotencyStore } from './idempotency';
import { runtime } from './runtime';
import type { Actor, Store } from './services/context';
import {
  ConflictError,
  DomainError,
  ForbiddenError,
  GoneError,
  InvalidError,
  TooManyTriesError,
  UnauthenticatedError,
  type FieldError,
} from './services/errors';
import { commitEither } from './services/commit';
import { authenticate } from './services/session';
import { CSRF_HEADER, SESSION_COOKIE, SESSION_TIMING } from '../src/lib/session-timing';

export const API = '/api/v1';

/**
 * The HTTP edge of the mock clinic. Handlers hold no rule: `serve` checks, in this order for every
 * endpoint, and answers with problem details (RFC 9457):
 *   1. authenticate            401 (the session cookie; sessions expire, see services/session)
 *      cross-site (CSRF)       403 type csrf: a changing request without X-Requested-With
 *   2. validate the request    400 (and the Idempotency-Key: missing 400, other body 422, running 409)
 *   3. the service: find 404, authorize 403 (may depend on the record's state), conflict 409;
 *      where a password, code or date is checked, too many failures first: 429 with Retry-After
 * and answers only after what the request changed is saved, whatever the answer (services/commit).
 */

const STATUS: Record<DomainError['kind'], number> = {
  unauthenticated: 401,
  invalid: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  gone: 410,
  too_many_tries: 429,
};

interface ProblemExtra {
  errors?: FieldError[];
  current?: unknown;
  type?: string;
  /** 429: seconds to wait, sent as the Retry-After header and as this member. */
  retryAfter?: number;
}

export function problem(
  status: number,
  title: string,
  detail?: string,
  extra: ProblemExtra = {},
): HttpResponse<Record<string, unknown>> {
  const headers: Record<string, string> = { 'Content-Type': 'application/problem+json' };
  if (extra.retryAfter !== undefined) headers['Retry-After'] = String(extra.retryAfter);
  return HttpResponse.json(
    { type: extra.type ?? 'about:blank', title, status, ...(detail ? { detail } : {}), ...extra },
    { status, headers },
  );
}

/** The one adapter from domain errors to problem details. */
export function toProblem(e: DomainError): HttpResponse<Record<string, unknown>> {
  const extra: ProblemExtra = {};
  if ((e instanceof InvalidError || e instanceof UnauthenticatedError) && e.errors.length)
    extra.errors = e.errors;
  if (e instanceof ConflictError && e.current !== undefined) extra.current = e.current;
  if (e instanceof ConflictError || e instanceof GoneError || e instanceof InvalidError)
    extra.type = e.type;
  if (e instanceof ForbiddenError) extra.type = 'forbidden';
  if (e instanceof TooManyTriesError) {
    extra.type = e.type;
    extra.retryAfter = e.retryAfterSeconds;
  }
  return problem(STATUS[e.kind], e.title, e.detail, extra);
}

/** Simulated latency and failures (chaos), switchable so the UI's error paths get exercised. */
export const chaos: ChaosSettings = { latencyMs: 0, failureRate: 0 };
// Read at each draw (not captured once), so a test can still steer Math.random when no seed is set.
const unseeded = () => Math.random();
let draw: () => number = unseeded;

/** A small seeded generator (mulberry32): the same seed gives the same failures, run after run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** Back to a reliable clinic with no seed: what every test starts from. */
export function resetChaos(): void {
  setChaos({ latencyMs: 0, failureRate: 0 });
  delete chaos.seed;
  draw = unseeded;
}

/** Changes the chaos switch; a seed given starts its sequence of failures from the beginning. */
export function setChaos(next: Partial<ChaosSettings>): ChaosSettings {
  Object.assign(chaos, next);
  if (next.seed !== undefined) draw = seeded(next.seed);
  return { ...chaos };
}

/** Whether this request fails here: half the failure rate before the change, half after. */
const failsNow = (unreliable: boolean) =>
  unreliable && chaos.failureRate > 0 && draw() < chaos.failureRate / 2;

function chaosFailure(): HttpResponse<Record<string, unknown>> {
  return problem(503, 'The server is busy', 'The server could not answer just now. Try again.', {
    type: 'unavailable',
  });
}

/** Idempotency keys of changing requests, in memory only (never saved with the clinic). */
export const idempotency = new IdempotencyStore();

/**
 * The one place the session token is read: the `access_desk_session` cookie the server set
 * (HttpOnly, so no script in the page can read it). MSW copies into the request's Cookie header
 * the document's cookies, then those its own cookie jar holds from Set-Cookie answers (which the
 * browser cannot hand to a mocked response): the last one of that name is the newest.
 */
export function sessionToken(request: Request): string | null {
  // The first one counts: the request's own Cookie header comes before any a test harness appends.
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || null;
  }
  return null;
}

/** The Set-Cookie header for a new session, or (token null) one that deletes the cookie. */
export function sessionCookie(token: string | null): string {
  const lifetime = token ? Math.floor(SESSION_TIMING.absoluteMs / 1000) : 0;
  return `${SESSION_COOKIE}=${token ?? ''}; Max-Age=${lifetime}; Path=/api; HttpOnly; Secure; SameSite=Strict`;
}

/**
 * CSRF: besides SameSite=Strict, a changing request must carry a header a cross-site form or
 * simple request cannot send without a CORS preflight, which this API never grants.
 */
function crossSite(request: Request): boolean {
  return request.method !== 'GET' && request.headers.get(CSRF_HEADER.name) !== CSRF_HEADER.value;
}

type Infer<T> = T extends z.ZodType ? z.infer<T> : undefined;

export interface Call<E extends Endpoint> {
  store: Store;
  actor: E['auth'] extends 'staff' ? Actor : null;
  body: Infer<E['request']>;
  query: Infer<E['query']>;
  params: Record<string, string>;
  now: string;
  /**
   * Wall-clock time, for what must follow real minutes (session expiry, the wait after too many
   * failed tries), not the clinic clock, which moves only when the demo moves it.
   */
  nowMs: number;
  token: string | null;
  /** Adds a Set-Cookie header to the answer. */
  setCookie: (cookie: string) => void;
}

function invalid(issues: z.core.$ZodIssue[]): HttpResponse<Record<string, unknown>> {
  return problem(
    400,
    'Check the highlighted fields',
    'Some fields need a fix before this can be saved.',
    {
      type: 'invalid',
      errors: issues.map((i) => ({ field: i.path.join('.') || 'body', message: i.message })),
    },
  );
}

async function readJson(request: Request): Promise<{ text: string; value: unknown }> {
  const text = await request.text();
  if (!text) return { text, value: undefined };
  try {
    return { text, value: JSON.parse(text) as unknown };
  } catch {
    return { text, value: Symbol('not json') };
  }
}

async function answer(
  endpoint: Endpoint,
  request: Request,
  params: Record<string, string>,
  run: (call: Call<Endpoint>) => unknown,
): Promise<Response> {
  const store = db;
  const token = sessionToken(request);
  const nowMs = Date.now();
  let actor: Actor | null = null;
  try {
    if (endpoint.auth === 'staff') actor = authenticate(store, token, nowMs);
  } catch (e) {
    if (e instanceof DomainError) return toProblem(e);
    throw e;
  }
  if (crossSite(request)) {
    return problem(
      403,
      'Request refused',
      `Changing requests must come from Access Desk itself (the ${CSRF_HEADER.name} header is missing). Reload the page and try again.`,
      {
        type: 'csrf',
      },
    );
  }

  const { text, value } = await readJson(request);
  let body: unknown = undefined;
  if (endpoint.request) {
    const parsed = endpoint.request.safeParse(value);
    if (!parsed.success) return invalid(parsed.error.issues);
    body = parsed.data;
  }
  let query: unknown = undefined;
  if (endpoint.query) {
    const parsed = endpoint.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
    if (!parsed.success) return invalid(parsed.error.issues);
    query = parsed.data;
  }

  let scope = '';
  let key = '';
  if (endpoint.changes) {
    key = request.headers.get('Idempotency-Key') ?? '';
    if (!/^[\x21-\x7e]{1,200}$/.test(key)) {
      return problem(
        400,
        'Missing Idempotency-Key',
        'Changing requests must carry an Idempotency-Key header: one new random value (such as a UUID) per change.',
        {
          type: 'idempotency-key-missing',
        },
      );
    }
    // Bound to the caller and the route: a key is only ever replayed to whoever first sent it.
    scope = `${actor?.id ?? 'public'}\n${endpoint.method} ${new URL(request.url).pathname}`;
    const seen = await idempotency.begin(scope, key, text);
    if (seen.kind === 'replay')
      return HttpResponse.json(seen.body as Record<string, unknown>, { status: seen.status });
    if (seen.kind === 'mismatch') {
      return problem(
        422,
        'This Idempotency-Key was used for another request',
        'Each change needs its own Idempotency-Key. Start the change again.',
        {
          type: 'idempotency-key-reused',
        },
      );
    }
    if (seen.kind === 'in-flight') {
      return problem(
        409,
        'This change is still being made',
        'The same request is still running. Wait a moment, then check the result before trying again.',
        {
          type: 'idempotency-key-in-flight',
        },
      );
    }
  }

  const cookies: string[] = [];
  const setCookie = (cookie: string) => void cookies.push(cookie);
  let result: unknown;
  // The answer goes out only once what the request changed is saved, whatever the answer: a
  // refusal that counts (a wrong date of birth, a failed sign-in) survives a restart too.
  const save = endpoint.method !== 'GET' ? () => runtime.persist() : () => Promise.resolve();
  try {
    result = await commitEither(
      () =>
        run({
          store,
          actor,
          body,
          query,
          params,
          now: store.now,
          nowMs,
          token,
          setCookie,
        } as Call<Endpoint>),
      save,
    );
  } catch (e) {
    if (endpoint.changes) await idempotency.abandon(scope, key);
    if (e instanceof DomainError) return toProblem(e);
    throw e;
  }
  if (endpoint.changes) await idempotency.complete(scope, key, 200, result ?? null);
  const headers = new Headers();
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  if (result === undefined) return new HttpResponse(null, { status: 204, headers });
  return HttpResponse.json(result as Record<string, unknown>, { headers });
}

/** An MSW handler for one endpoint of the contract: parse, call the service, answer. */
export function serve<E extends Endpoint>(
  endpoint: E,
  run: (call: Call<E>) => unknown,
): HttpHandler {
  const method = endpoint.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
  const exact = exactPath(endpoint.path);
  return http[method](`${API}${endpoint.path}`, async ({ request, params }) => {
    // MSW also matches `/session/` and `/SESSION`; a real API answers only its own paths.
    if (!exact.test(new URL(request.url).pathname)) return undefined;
    // The demo tools themselves (Outbox, clock, the chaos switch) stay reliable.
    const unreliable = !endpoint.demoOnly;
    if (unreliable && chaos.latencyMs > 0) await delay(chaos.latencyMs);
    if (failsNow(unreliable)) return chaosFailure();
    const res = await answer(endpoint, request, params as Record<string, string>, run);
    // Half the injected failures come after the change was made: the answer is lost on the way
    // back, as happens on real networks, so a retry must not make the change twice.
    return failsNow(unreliable) ? chaosFailure() : res;
  });
}

/** The path exactly as the contract spells it: no trailing slash, the same case. */
function exactPath(path: string): RegExp {
  const pattern = path
    .split(/(:\w+)/)
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${API}${pattern}$`);
}

/** Any other path under the API is a 404 problem, never the app's HTML page. */
export const unknownApiPath = http.all(`${API}/*`, ({ request }) =>
  problem(
    404,
    'No such API path',
    `${request.method} ${new URL(request.url).pathname} is not part of the API.`,
    {
      type: 'unknown-path',
    },
  ),
);
