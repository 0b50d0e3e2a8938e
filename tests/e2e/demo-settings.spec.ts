import { expect, test } from '@playwright/test';
import { failOnUncaughtErrors } from './access-support';
import { expectNoA11yViolations } from './support';

failOnUncaughtErrors();

test('?chaos=5 and ?latency=99999999 are refused with a visible message, and signing in still lands on Today', async ({
  page,
}) => {
  await page.goto('/sign-in?chaos=5&latency=99999999');
  const notice = page.getByRole('alert').filter({ hasText: 'Demo settings not used' });
  await expect(notice).toContainText('?chaos=5 was not used');
  await expect(notice).toContainText('?latency=99999999 was not used');
  await page.screenshot({ path: '/tmp/guards-demo-settings.png' });
  await expectNoA11yViolations(page, 'sign-in with refused demo settings');
  await page.getByRole('button', { name: 'Sign in as Front desk' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});
