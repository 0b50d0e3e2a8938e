import { db } from '../../mocks/db';
import { ENDPOINTS, type EndpointId } from '../../src/api/contract/endpoints';
import type { StaffRole } from '../../src/api/contract/session';
import { CSRF_HEADER } from '../../src/lib/session-timing';
import { clearSessionCookie, signInAs } from '../render';

/** The seeded patient with this name. */
export function patientId(fullName: string): string {
  const p = db.patients.find((x) => `${x.firstName} ${x.lastName}` === fullName);
  if (!p) throw new Error(`No seeded patient named ${fullName}`);
  return p.id;
}

/** The seeded staff member of a role. */
export function staffOf(role: StaffRole) {
  const s = db.staff.find((x) => x.role === role);
  if (!s) throw new Error(`No seeded staff member with role ${role}`);
  return s;
}

export interface CallOptions {
  params?: Record<string, string>;
  body?: unknown;
  query?: Record<string, string>;
}

/**
 * Calls one endpoint of the registry through the mock clinic's HTTP edge, as a signed-in staff
 * member of `role` (or nobody, for the portal's side), the way the app would.
 */
export async function callAs(
  role: StaffRole | null,
  id: EndpointId,
  { params = {}, body, query }: CallOptions = {},
): Promise<Response> {
  const endpoint = ENDPOINTS[id];
  const headers: Record<string, string> = { Accept: 'application/json' };
  headers[CSRF_HEADER.name] = CSRF_HEADER.value;
  // The session travels as the cookie the app's browser would hold.
  if (role) signInAs(role);
  else clearSessionCookie();
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (endpoint.changes) headers['Idempotency-Key'] = crypto.randomUUID();
  const path = endpoint.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${id} needs the path parameter ${name}`);
    return encodeURIComponent(value);
  });
  const qs = query ? `?${new URLSearchParams(query).toString()}` : '';
  return fetch(`/api/v1${path}${qs}`, {
    method: endpoint.method,
    headers,
    body: body === undefined ? null : JSON.stringify(body),
  });
}

/** The active (or latest) code of a record, as the patient's email and letter carry it. */
export function codeOf(fullName: string) {
  const id = patientId(fullName);
  const code = db.codes.filter((c) => c.patientId === id).at(-1);
  if (!code) throw new Error(`${fullName} has no access code`);
  return code;
}
