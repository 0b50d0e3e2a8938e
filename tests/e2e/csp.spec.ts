import { expect, test, type Page } from '@playwright/test';
import {
  accessTab,
  failOnUncaughtErrors,
  openAccessTab,
  openWorkspace,
  sendDialog,
} from './access-support';
import { signInAs } from './support';

failOnUncaughtErrors();

/** Records every Content-Security-Policy violation the page reports, from before any script. */
async function watchViolations(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      w.cspViolations.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  return () =>
    page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
}

test('the build runs under its Content-Security-Policy with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  const response = await page.goto('/sign-in');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).toMatch(/connect-src 'self'(;|$| )/);
  expect(headers['x-content-type-options']).toBe('nosniff');

  // The screens a front-desk user goes through, dialogs and Mantine's injected styles included.
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Robert Chen');
  await openAccessTab(page);
  await page.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(sendDialog(page)).toBeVisible();
  await sendDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(accessTab(page).code).toBeVisible();
  expect(await violations()).toEqual([]);

  // The policy is live: an injected inline script is refused and reported.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.injected = true';
    document.body.append(s);
    return (window as unknown as { injected?: boolean }).injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(violations).toEqual(['script-src-elem blocked inline']);
});
