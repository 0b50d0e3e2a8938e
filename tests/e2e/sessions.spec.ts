import { expect, test, type Page } from '@playwright/test';
import { failOnUncaughtErrors, openAccessTab, openWorkspace, sendDialog } from './access-support';
import { signInAs, type StaffRoleLabel } from './support';

failOnUncaughtErrors();

test('signing out in one tab clears the patient from every other tab', async ({
  context,
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Robert Chen');
  await expect(page.getByText('robert.chen@example.com').first()).toBeVisible();

  const other = await context.newPage();
  await other.goto('/patients');
  await expect(other.getByText('Felix Moreno')).toBeVisible();
  await other.getByRole('button', { name: 'Sign out' }).click();
  await expect(other.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();

  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByText('robert.chen@example.com')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Robert Chen' })).toHaveCount(0);
  // The session is over on the server too: reloading does not bring the patient back.
  await page.goBack();
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
});

/**
 * Lets 15 idle minutes and the 2-minute warning pass on the page's installed clock, checks the
 * screen no longer shows any of `gone`, and signs back in as `role`.
 */
async function idleOutAndBack(page: Page, role: StaffRoleLabel, gone: string[]): Promise<void> {
  await page.clock.fastForward('15:01');
  const warning = page.getByRole('dialog', { name: 'Are you still there?' });
  await expect(warning).toBeVisible();
  await expect(warning.getByRole('timer')).toHaveText(/^1:[0-5]\d$/);
  await page.clock.fastForward('02:01');

  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
  await expect(page.getByText('You were signed out')).toBeVisible();
  for (const text of gone) await expect(page.getByText(text)).toHaveCount(0);
  await page.getByRole('button', { name: `Sign in as ${role}` }).click();
}

test('idle logoff warns, signs out, and signing back in returns to the same form, filled', async ({
  page,
}) => {
  await page.clock.install();
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Robert Chen');
  await openAccessTab(page);
  await page.getByRole('button', { name: 'Send Access Link' }).click();
  await sendDialog(page)
    .getByRole('textbox', { name: 'Email address' })
    .fill('robert.c@example.com');
  const url = page.url();

  await idleOutAndBack(page, 'Front desk', ['Robert Chen', 'robert.c@example.com']);
  await expect(page).toHaveURL(url);
  await expect(sendDialog(page).getByRole('textbox', { name: 'Email address' })).toHaveValue(
    'robert.c@example.com',
  );
});

test('a decision half made on a shared-access request comes back after an idle logoff', async ({
  page,
}) => {
  await page.clock.install();
  await signInAs(page, 'Patient experience');
  await page.getByRole('link', { name: /^Shared-access requests/ }).click();
  await page
    .getByRole('table', { name: 'Shared-access requests' })
    .getByRole('link', { name: 'Dorothy Williams' })
    .click();
  await page.getByRole('radio', { name: 'Needs information' }).check();
  const missing = page.getByRole('textbox', { name: /What is missing/ });
  await missing.fill("Susan's date of birth.");
  const url = page.url();

  await idleOutAndBack(page, 'Patient experience', ['Dorothy Williams', "Susan's date of birth."]);
  await expect(page).toHaveURL(url);
  await expect(page.getByRole('radio', { name: 'Needs information' })).toBeChecked();
  await expect(missing).toHaveValue("Susan's date of birth.");
  await expect(page.getByRole('button', { name: 'Ask for information' })).toBeVisible();
});

test('offline, Send fails at once and says so; after Cancel nothing is sent on reconnect', async ({
  context,
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Robert Chen');
  await openAccessTab(page);
  await page.getByRole('button', { name: 'Send Access Link' }).click();
  const dialog = sendDialog(page);
  await dialog.getByLabel('I confirmed this email address with the patient').check();

  await context.setOffline(true);
  await dialog.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(dialog.getByRole('alert')).toContainText('You are offline', { timeout: 1500 });
  await expect(dialog.getByRole('alert')).toContainText('Nothing was sent');
  await expect(dialog.getByRole('textbox', { name: 'Email address' })).toHaveValue(
    'robert.chen@example.com',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await context.setOffline(false);

  await page.waitForTimeout(1500);
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await expect(
    page.getByRole('article', { name: 'Medical Records Access Link to robert.chen@example.com' }),
  ).toHaveCount(0);
});
