import { delay, HttpResponse } from 'msw';
import type { z } from 'zod';
import type { StaffRole } from '../src/api/contract/session';
import { can, deniedReason, type Action } from '../src/lib/permissions';
import { db, nextId, type DbStaff } from './db';

export const API = '/api/v1';

export function problem(
  status: number,
  title: string,
  detail?: string,
  extra: { errors?: { field: string; message: string }[]; current?: unknown; type?: string } = {},
): HttpResponse<Record<string, unknown>> {
  return HttpResponse.json(
    { type: extra.type ?? 'about:blank', title, status, ...(detail ? { detail } : {}), ...extra },
    { status, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/** The signed-in staff member, or a thrown 401 problem. */
export function requireStaff(request: Request): DbStaff {
  const token = request.headers.get('Authorization')?.replace(/^Bearer /, '');
  const staffId = token ? db.sessions[token] : undefined;
  const staff = db.staff.find((s) => s.id === staffId);
  if (!staff)
    throw problem(401, 'Signed out', 'Your session has ended. Sign in again to continue.');
  return staff;
}

/** Enforces the permissions table: the API decides. */
export function authorize(staff: DbStaff, action: Action): void {
  if (!can(staff.role, action))
    throw problem(403, 'Not allowed for your role', deniedReason(action));
}

export async function parseBody<S extends z.ZodType>(
  request: Request,
  schema: S,
): Promise<z.infer<S>> {
  const body: unknown = await request.json().catch(() => undefined);
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw problem(
      400,
      'Check the highlighted fields',
      'Some fields need a fix before this can be saved.',
      {
        errors: parsed.error.issues.map((i) => ({
          field: i.path.join('.') || 'body',
          message: i.message,
        })),
      },
    );
  }
  return parsed.data;
}

/**
 * Replays the stored answer when a changing request repeats its Idempotency-Key, so a retried
 * send never emails the patient twice.
 */
export async function idempotent(
  request: Request,
  run: () => Promise<Response> | Response,
): Promise<Response> {
  const key = request.headers.get('Idempotency-Key');
  if (!key)
    return problem(
      400,
      'Missing Idempotency-Key',
      'Changing requests must carry an Idempotency-Key header.',
    );
  const seen = db.idempotency[key];
  if (seen) return HttpResponse.json(seen.body as Record<string, unknown>, { status: seen.status });
  const res = await run();
  if (res.ok)
    db.idempotency[key] = {
      status: res.status,
      body: await res
        .clone()
        .json()
        .catch(() => null),
    };
  return res;
}

export function recordAudit(
  actor: { name: string; role: StaffRole | null },
  patientId: string | null,
  action: string,
  details: string,
): void {
  db.audit.push({
    id: nextId('aud'),
    at: db.now,
    actorName: actor.name,
    actorRole: actor.role,
    patientId,
    action,
    details,
  });
}

/** Simulated network latency and failures, switchable so the UI's error paths get exercised. */
export const chaos = { latencyMs: 0, failureRate: 0 };

export async function simulateNetwork(): Promise<Response | undefined> {
  if (chaos.latencyMs > 0) await delay(chaos.latencyMs);
  if (chaos.failureRate > 0 && Math.random() < chaos.failureRate) {
    return problem(503, 'The server is busy', 'Simulated failure (chaos mode). Try again.');
  }
  return undefined;
}
