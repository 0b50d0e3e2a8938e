import { z } from 'zod';
import { problemSchema, type Problem } from '../../src/api/contract/common';
import type { Endpoint } from '../../src/api/contract/endpoints';
import { staffUserSchema, type StaffRole, type StaffUser } from '../../src/api/contract/session';

/**
 * The one way the conformance suite talks to the API. It runs against the in-process mock clinic
 * (MSW, inside `npm test`) or against any server: `npm run test:contract -- --base-url URL`
 * sets CONTRACT_BASE_URL. How a session is carried lives only here: today a bearer token from
 * the sign-in answer, or the session cookie a server sets; changing requests always carry the
 * CSRF header the contract asks for.
 */

const remoteBase = process.env.CONTRACT_BASE_URL?.replace(/\/+$/, '');

/** Where the suite runs: cases that need the mock's insides or its seed say so by this. */
export const target = remoteBase
  ? { kind: 'remote' as const, baseUrl: remoteBase }
  : {
      kind: 'mock' as const,
      baseUrl: `${globalThis.location?.origin ?? 'http://localhost'}/api/v1`,
    };
export const onMock = target.kind === 'mock';

/** The demo accounts (README): password "demo". */
export const DEMO_ACCOUNTS: Record<StaffRole, string> = {
  front_desk: 'frontdesk@clinic.example',
  patient_experience: 'experience@clinic.example',
  clinic_manager: 'manager@clinic.example',
};
const DEMO_PASSWORD = process.env.CONTRACT_PASSWORD ?? 'demo';
export const CSRF_HEADER = { 'X-Requested-With': 'access-desk' } as const;

export interface Answer {
  status: number;
  contentType: string;
  body: unknown;
}

export interface CallOptions {
  params?: Record<string, string>;
  body?: unknown;
  query?: Record<string, string | number>;
  /** The Idempotency-Key of a changing request: a fresh one by default, null to send none. */
  key?: string | null;
}

export class Caller {
  constructor(
    readonly user: StaffUser | null,
    private readonly credentials: Record<string, string> = {},
  ) {}

  /** Any request, by method and path under the base URL. */
  async send(
    method: string,
    path: string,
    init: { body?: unknown; headers?: Record<string, string> } = {},
  ): Promise<Answer> {
    const headers: Record<string, string> = { Accept: 'application/json', ...this.credentials };
    if (method !== 'GET') Object.assign(headers, CSRF_HEADER);
    if (init.body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(`${target.baseUrl}${path}`, {
      method,
      headers: { ...headers, ...init.headers },
      body: init.body === undefined ? null : JSON.stringify(init.body),
    });
    const text = await res.text();
    let body: unknown = text;
    try {
      body = text ? (JSON.parse(text) as unknown) : null;
    } catch {
      // Not JSON (an HTML page, say): kept as text so the assertion shows what came back.
    }
    return { status: res.status, contentType: res.headers.get('Content-Type') ?? '', body };
  }

  /** One endpoint of the registry, its :params filled in. */
  call(endpoint: Endpoint, o: CallOptions = {}): Promise<Answer> {
    const path = endpoint.path.replace(/:(\w+)/g, (_, name: string) =>
      encodeURIComponent(o.params?.[name] ?? `missing-${name}`),
    );
    const qs = o.query
      ? `?${new URLSearchParams(Object.entries(o.query).map(([k, v]) => [k, String(v)])).toString()}`
      : '';
    const headers: Record<string, string> = {};
    const key = o.key === undefined ? crypto.randomUUID() : o.key;
    if (endpoint.changes && key !== null) headers['Idempotency-Key'] = key;
    return this.send(endpoint.method, `${path}${qs}`, { body: o.body, headers });
  }
}

// On the in-process mock, MSW's own cookie jar adds the last session it saw to every request; an
// empty session cookie of the caller's own (read first) stands for a browser holding none.
export const signedOut = new Caller(null, onMock ? { Cookie: 'access_desk_session=' } : {});

const signInAnswer = z.object({ user: staffUserSchema, token: z.string().optional() });

/** Signs in through the API with the demo account of that role. */
export async function signIn(role: StaffRole): Promise<Caller> {
  const res = await fetch(`${target.baseUrl}/session`, {
    method: 'POST',
    // Each caller is its own browser: on the mock, not one that already holds another session.
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...CSRF_HEADER,
      ...(onMock ? { Cookie: 'access_desk_session=' } : {}),
    },
    body: JSON.stringify({ email: DEMO_ACCOUNTS[role], password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`Sign-in as ${role} answered ${res.status}`);
  const { user, token } = signInAnswer.parse(await res.json());
  const credentials: Record<string, string> = {};
  if (token) credentials.Authorization = `Bearer ${token}`;
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  if (cookies.length) credentials.Cookie = cookies.join('; ');
  return new Caller(user, credentials);
}

/** The body of a successful answer, parsed with the endpoint's contract schema. */
export function ok<E extends Endpoint>(
  endpoint: E,
  res: Answer,
): E['response'] extends z.core.$ZodType ? z.infer<E['response']> : null {
  if (res.status < 200 || res.status > 299) {
    throw new Error(`Expected success, got ${res.status}: ${JSON.stringify(res.body)}`);
  }
  return (endpoint.response ? z.parse(endpoint.response, res.body) : null) as never;
}

/** A problem-details answer: its status, media type and shape checked, then parsed. */
export function problem(res: Answer, status: number): Problem {
  if (res.status !== status) {
    throw new Error(`Expected a ${status} problem, got ${res.status}: ${JSON.stringify(res.body)}`);
  }
  if (!res.contentType.startsWith('application/problem+json')) {
    throw new Error(
      `A ${status} problem must be application/problem+json, not "${res.contentType}"`,
    );
  }
  const parsed = problemSchema.safeParse(res.body);
  const raw = res.body as { type?: unknown } | null;
  if (!parsed.success || typeof raw?.type !== 'string') {
    throw new Error(`Not problem details (type, title, status): ${JSON.stringify(res.body)}`);
  }
  if (parsed.data.status !== status)
    throw new Error(`Problem status ${parsed.data.status} ≠ ${status}`);
  return parsed.data;
}
