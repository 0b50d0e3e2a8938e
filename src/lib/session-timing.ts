/**
 * How long a staff session may last, shared by the app (idle logoff) and the server rules, so the
 * server never keeps a session the screen has already closed (ONC §170.315(d)(5)).
 * VITE_IDLE_MINUTES shortens the idle time for a test build; 15 minutes otherwise.
 */
const idleMinutes = Number(import.meta.env.VITE_IDLE_MINUTES ?? 15);

export const SESSION_TIMING = {
  /** Without activity for this long, the warning appears. */
  idleMs: (Number.isFinite(idleMinutes) && idleMinutes > 0 ? idleMinutes : 15) * 60_000,
  /** How long the warning counts down before the session ends. */
  warningMs: 2 * 60_000,
  /** A session ends this long after sign-in, however active. */
  absoluteMs: 12 * 60 * 60_000,
} as const;

/** The server ends a session idle for as long as the app waits before signing out. */
export const serverIdleMs = SESSION_TIMING.idleMs + SESSION_TIMING.warningMs;

/** The session cookie the server sets; the app never reads it. */
export const SESSION_COOKIE = 'access_desk_session';

/** Sent on every request; a changing request without it is refused as cross-site (403 csrf). */
export const CSRF_HEADER = { name: 'X-Requested-With', value: 'access-desk' } as const;
