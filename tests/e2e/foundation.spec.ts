import { expect, test, type Page } from '@playwright/test';
import {
  DEMO_STAFF,
  expectNoA11yViolations,
  SIGN_IN,
  signInAs,
  type StaffRoleLabel,
} from './support';

const ROLES = Object.keys(DEMO_STAFF) as StaffRoleLabel[];

async function searchFor(page: Page, query: string): Promise<void> {
  await page.getByLabel('Search patients').fill(query);
  await page.getByLabel('Search patients').press('Enter');
}

test('the sign-in screen is accessible', async ({ page }) => {
  await page.goto(SIGN_IN);
  await expect(page.getByRole('heading', { name: 'Access Desk' })).toBeVisible();
  await expect(page.getByLabel('Work email')).toBeVisible();
  await expectNoA11yViolations(page, 'sign-in');
});

test('the page says Access Desk is loading before any script has run, and not once it has', async ({
  page,
}) => {
  // Scripts held back, as on a slow network: the page itself already says what is coming.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto('/');
  const loading = page.getByRole('status').filter({ hasText: 'Loading…' });
  await expect(loading).toBeVisible();
  await expect(loading).toContainText('Access Desk');

  await page.unroute('**/*.js');
  await page.goto('/');
  await expect(page.getByLabel('Work email')).toBeVisible();
  await expect(loading).toBeHidden();
  await expectNoA11yViolations(page, 'sign-in after loading');
});

for (const role of ROLES) {
  test(`${role}: signs in, finds Robert Chen and reads his Overview and Activity`, async ({
    page,
  }) => {
    await signInAs(page, role);
    const banner = page.getByRole('banner');
    await expect(banner.getByText(DEMO_STAFF[role])).toBeVisible();
    await expect(banner.getByLabel(`Role: ${role}`)).toHaveText(role);

    await searchFor(page, 'Robert Chen');
    const result = page.getByRole('link', { name: 'Chen, Robert' });
    await expect(result).toBeVisible();
    await expect(page.getByRole('row', { name: /Chen, Robert/ })).toContainText('No account');
    await expectNoA11yViolations(page, 'patients search with results');

    await result.click();
    await expect(page.getByRole('heading', { level: 1, name: 'Robert Chen' })).toBeVisible();
    await expect(page.getByRole('tab', { name: 'Overview' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    const overview = page.getByRole('tabpanel');
    await expect(overview.getByText('robert.chen@example.com')).toBeVisible();
    await expect(overview.getByText('No account')).toBeVisible();
    await expectNoA11yViolations(page, 'workspace overview');

    await page.getByRole('tab', { name: 'Activity' }).click();
    await expect(page).toHaveURL(/\/activity$/);
    await expect(page.getByRole('tabpanel').getByText('Patient registered')).toBeVisible();
    await expectNoA11yViolations(page, 'workspace activity');
  });
}

test('Ctrl+K opens patient search from another screen', async ({ page }) => {
  await signInAs(page, 'Front desk');
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await expectNoA11yViolations(page, 'Outbox');

  // Typed at once, as a fast typist does: no key may be lost while the dialog appears.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Wright');
  const dialog = page.getByRole('dialog', { name: 'Find a patient' });
  const box = dialog.getByLabel('Name, date of birth, MRN, email or phone');
  await expect(box).toHaveValue('Wright');
  await expect(box).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // Opened again, it is empty: nothing typed now runs into the last search.
  await page.keyboard.press('Control+K');
  await page.keyboard.type('Robert Chen');
  await expect(box).toHaveValue('Robert Chen');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Chen, Robert' })).toBeVisible();
});

test('the clinic manager reads the audit log', async ({ page }) => {
  await signInAs(page, 'Clinic manager');
  await page.getByRole('link', { name: 'Audit log' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  await expect(page.getByText('Patient registered').first()).toBeVisible();
  await expectNoA11yViolations(page, 'audit log');
});

/** Presses Tab until `target` has focus, as a keyboard user would, and fails if it never does. */
async function tabTo(page: Page, target: ReturnType<Page['getByRole']>): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

test('search, workspace and tabs work with the keyboard alone', async ({ page }) => {
  await signInAs(page, 'Front desk');
  await tabTo(page, page.getByLabel('Search patients'));
  await page.keyboard.type('Robert Chen');
  await page.keyboard.press('Enter');

  const result = page.getByRole('link', { name: 'Chen, Robert' });
  await expect(result).toBeVisible();
  await tabTo(page, result);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Robert Chen' })).toBeVisible();

  const overviewTab = page.getByRole('tab', { name: 'Overview' });
  const activityTab = page.getByRole('tab', { name: 'Activity' });
  await tabTo(page, overviewTab);
  // Arrow keys move between tabs and open them (WAI-ARIA tabs pattern); the list wraps around.
  await page.keyboard.press('ArrowLeft');
  await expect(activityTab).toBeFocused();
  await expect(activityTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').getByText('Patient registered')).toBeVisible();

  await page.keyboard.press('ArrowRight');
  await expect(overviewTab).toBeFocused();
  await expect(overviewTab).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel').getByText('robert.chen@example.com')).toBeVisible();
});
