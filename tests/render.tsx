import { createMemoryHistory } from '@tanstack/react-router';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../mocks/db';
import type { StaffRole } from '../src/api/contract/session';
import { App } from '../src/app/app';
import { writeSessionToken } from '../src/lib/session-token';

/** Signs in as the seeded staff member of that role, without going through the form. */
export function signInAs(role: StaffRole): void {
  const staff = db.staff.find((s) => s.role === role);
  if (!staff) throw new Error(`No seeded staff member with role ${role}`);
  const token = `test-${role}`;
  db.sessions[token] = staff.id;
  writeSessionToken(token);
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
