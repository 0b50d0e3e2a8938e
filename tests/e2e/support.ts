import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export type StaffRoleLabel = 'Front desk' | 'Patient experience' | 'Clinic manager';

/** The demo staff accounts of the mock clinic, by role. */
export const DEMO_STAFF: Record<StaffRoleLabel, string> = {
  'Front desk': 'Felix Moreno',
  'Patient experience': 'Priya Shah',
  'Clinic manager': 'Carmen Diaz',
};

/**
 * The sign-in page, opened so the mock clinic answers with no simulated network delay: the suite
 * checks what happens, not how long it waits. The clinic keeps the setting for the whole test (its
 * own tabs included); the chaos tests set theirs.
 */
export const SIGN_IN = '/sign-in?latency=0';

/** Signs in with the one-click demo button and waits for the landing page (Patients). */
export async function signInAs(page: Page, role: StaffRoleLabel): Promise<void> {
  await page.goto(SIGN_IN);
  await page.getByRole('button', { name: `Sign in as ${role}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
}

/** Runs axe on the screen as it is now; fails on serious or critical violations, naming each. */
export async function expectNoA11yViolations(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const targets = v.nodes.map((n) => n.target.join(' ')).join(', ');
      return `${v.id} (${v.impact}): ${v.help} — ${targets}`;
    });
  expect(blocking, `axe: serious or critical violations on ${screenName}`).toEqual([]);
}
