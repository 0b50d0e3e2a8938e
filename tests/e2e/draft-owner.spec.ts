import { expect, test } from '@playwright/test';
import { failOnUncaughtErrors, openWorkspace } from './access-support';
import { expectNoA11yViolations, signInAs } from './support';

failOnUncaughtErrors();

test("Felix's half-typed form is dropped when Priya signs in in another tab after his idle sign-out", async ({
  context,
  page,
}) => {
  await page.clock.install();
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Dorothy Williams');
  await page.getByRole('tab', { name: 'Shared Access' }).click();
  await page.getByRole('button', { name: 'Record a request' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record a shared-access request' });
  await dialog.getByRole('textbox', { name: "Care partner's name" }).fill('Paul Williams');

  await page.clock.fastForward('15:01');
  await expect(page.getByRole('dialog', { name: 'Are you still there?' })).toBeVisible();
  await page.clock.fastForward('02:01');
  await expect(page.getByText('You were signed out')).toBeVisible();

  // The shared front-desk PC: Priya signs in in another tab of the same browser.
  const other = await context.newPage();
  await signInAs(other, 'Patient experience');

  // Felix's tab goes Back: nothing of his typing shows, whoever signs in there next.
  await page.bringToFront();
  await page.goBack();
  // This tab's requests do not carry the other tab's new session: it asks to sign in again.
  const signIn = page.getByRole('button', { name: 'Sign in as Front desk' });
  await expect(signIn).toBeVisible();
  await expect(page.getByText('Paul Williams')).toHaveCount(0);
  // Felix himself: his draft was dropped when Priya signed in, so it does not reopen.
  await signIn.click();
  await expect(page.getByRole('button', { name: 'Record a request' })).toBeVisible();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText('Paul Williams')).toHaveCount(0);
  await expectNoA11yViolations(page, 'Shared Access tab, a draft dropped');
});
