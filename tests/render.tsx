import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../mocks/db';
import type { StaffRole } from '../src/api/contract/session';
import { App } from '../src/app/app';
import { SESSION_COOKIE } from '../src/lib/session-timing';

/**
 * Signs in as the seeded staff member of that role, without going through the form: a session in
 * the store, and its cookie in jsdom's document, which MSW sends with same-origin requests (a real
 * browser would hold it as an HttpOnly cookie the page cannot see). Returns the token.
 */
export function signInAs(role: StaffRole): string {
  const staff = db.staff.find((s) => s.role === role);
  if (!staff) throw new Error(`No seeded staff member with role ${role}`);
  const token = `test-${role}`;
  db.sessions[token] = { staffId: staff.id, createdAt: Date.now(), lastSeenAt: Date.now() };
  document.cookie = `${SESSION_COOKIE}=${token}; path=/`;
  return token;
}

/** Forgets the test's session cookie, as a browser would after the server deleted it. */
export function clearSessionCookie(): void {
  document.cookie = `${SESSION_COOKIE}=; max-age=0; path=/`;
}

/** Renders the whole app (router, queries, Mantine) at a URL, against the mock clinic. */
export function renderRoute(url: string, options: { as?: StaffRole } = {}) {
  if (options.as) signInAs(options.as);
  const user = userEvent.setup();
  const history = createMemoryHistory({ initialEntries: [url] });
  const utils = render(<App history={history} />);
  return { user, history, ...utils, screen };
}

/** The seeded patient with this name (the mock's named people). */
export function patientIdOf(fullName: string): string {
  const p = db.patients.find((x) => `${x.firstName} ${x.lastName}` === fullName);
  if (!p) throw new Error(`No seeded patient named ${fullName}`);
  return p.id;
}
