import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { staffRoleSchema } from '../../src/api/contract/session';
import { can, deniedReason, PERMISSIONS, type Action } from '../../src/lib/permissions';
import { renderRoute } from '../render';
import { callAs } from './api-as';
import { NOT_YET_COVERED, ROLE_CASES } from './role-cases';

// Generated from the permissions table: every action × every role, through the API and the UI.
const ACTIONS = Object.keys(PERMISSIONS) as Action[];
const ROLES = staffRoleSchema.options;
const covered = ACTIONS.filter((a) => ROLE_CASES[a]);
const cells = covered.flatMap((action) =>
  ROLES.map((role) => [action, role, can(role, action) ? 'may act' : 'may not act'] as const),
);
const pending = Object.entries(NOT_YET_COVERED) as [Action, string][];

/** The reason a role is turned away with: the broader action's first, when it lacks that too. */
const reasonFor = (action: Action, role: (typeof ROLES)[number]) => {
  const broader = ROLE_CASES[action]!.within;
  return deniedReason(broader && !can(role, broader) ? broader : action);
};

/** Where an action is enforced: the services, and the rules they share with the UI. */
const enforcing = ['mocks/services', 'src/lib'].flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.') && f !== 'permissions.ts')
    .map((f) => ({ file: `${dir}/${f}`, text: readFileSync(join(dir, f), 'utf8') })),
);

describe(`Role matrix: ${cells.length} of ${ACTIONS.length * ROLES.length} cells of the permissions table`, () => {
  it('has a case for every action of the table, or lists it as not yet covered', () => {
    const accounted = [...Object.keys(ROLE_CASES), ...Object.keys(NOT_YET_COVERED)].sort();
    expect(accounted, 'add a case to tests/roles/role-cases.ts').toEqual([...ACTIONS].sort());
    expect(covered.filter((a) => a in NOT_YET_COVERED)).toEqual([]);
  });

  it.each(pending)('%s is not covered yet (%s), and no service enforces it yet', (action) => {
    const users = enforcing.filter((f) => f.text.includes(`'${action}'`)).map((f) => f.file);
    expect(users, `${action} is enforced now: move it into ROLE_CASES`).toEqual([]);
  });

  describe('the API', () => {
    it.each(cells)('%s as %s: %s', async (action, role) => {
      const { endpoint, request } = ROLE_CASES[action]!.api;
      const res = await callAs(role, endpoint, request());
      if (can(role, action)) {
        expect(res.status, await res.clone().text()).toBeLessThan(300);
      } else {
        expect(res.status).toBe(403);
        expect(await res.json()).toMatchObject({
          type: 'forbidden',
          detail: reasonFor(action, role),
        });
      }
    });
  });

  describe('the UI', () => {
    it.each(cells)('%s as %s: %s', async (action, role) => {
      const { ui } = ROLE_CASES[action]!;
      const { user } = renderRoute(ui.url(), { as: role });
      await ui.ready();
      await ui.open?.(user);
      const control = ui.control();
      const reason = reasonFor(action, role);
      if (can(role, action)) {
        expect(control, 'the control is on screen').not.toBeNull();
        expect(control).not.toBeDisabled();
        expect(control).not.toHaveAttribute('aria-disabled', 'true');
        expect(control).not.toHaveAttribute('readonly');
        expect(screen.queryByText(reason)).not.toBeInTheDocument();
      } else {
        // Left out, or shown disabled; either way the table's reason is on screen.
        if (control) expect(control).toHaveAttribute('aria-disabled', 'true');
        const shown = await screen.findAllByText(reason);
        expect(shown[0]).toBeVisible();
      }
    });
  });
});
