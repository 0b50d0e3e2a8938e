/**
 * The staff session token: an opaque id, never patient data. Kept in localStorage so a workspace
 * opened in a new tab stays signed in; in tests (no window) it lives in memory.
 */
const KEY = 'access-desk.session';
let memory: string | null = null;

function store(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null;
  }
}

export function readSessionToken(): string | null {
  return store()?.getItem(KEY) ?? memory;
}

export function writeSessionToken(token: string | null): void {
  memory = token;
  const s = store();
  if (!s) return;
  if (token) s.setItem(KEY, token);
  else s.removeItem(KEY);
}
