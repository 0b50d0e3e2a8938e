import { expect, test, type Locator, type Page } from '@playwright/test';

/** A whole access code: 8 characters of the unambiguous alphabet (no 0/O/1/I). */
export const ACCESS_CODE_PATTERN = /^[A-HJ-NP-Z2-9]{8}$/;

/** The named people of the seed, as the search results list them ("Chen, Robert"). */
export function resultName(fullName: string): string {
  const space = fullName.lastIndexOf(' ');
  return `${fullName.slice(space + 1)}, ${fullName.slice(0, space)}`;
}

/** Searches by name from the Patients screen and opens the patient's workspace (Overview). */
export async function openWorkspace(page: Page, fullName: string): Promise<void> {
  const search = page.getByLabel('Search patients');
  await search.fill(fullName);
  await search.press('Enter');
  await page.getByRole('link', { name: resultName(fullName), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
}

/** The parts of the Medical Access Code tab a front-desk user reads. */
export function accessTab(page: Page) {
  return {
    code: page.getByRole('region', { name: 'Access code' }),
    account: page.getByRole('region', { name: 'Portal account' }),
    deliveries: page.getByRole('table', { name: 'Delivery history' }),
    deliveryTo: (to: string) =>
      page.getByRole('table', { name: 'Delivery history' }).getByRole('row', { name: to }),
  };
}

export async function openAccessTab(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Medical Access Code' }).click();
  await expect(page).toHaveURL(/\/patients\/[^/]+\/access$/);
  await expect(page.getByRole('heading', { level: 2, name: 'Medical Access Code' })).toBeVisible();
}

export function sendDialog(page: Page): Locator {
  return page.getByRole('dialog', { name: 'Send Access Link' });
}

/** The newest Outbox email to this address (the Outbox lists newest first). */
export async function openOutboxEmail(page: Page, to: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  const email = page.getByRole('article', { name: `Medical Records Access Link to ${to}` }).first();
  await expect(email).toBeVisible();
  return email;
}

/** Follows the email's link into the patient-portal simulator, as the patient would. */
export async function openAsPatient(email: Locator): Promise<void> {
  await email.getByRole('link', { name: 'Open as patient' }).click();
  await expect(email.page()).toHaveURL(/\/portal\/register\?token=\w+/);
}

export function portalCodeField(page: Page): Locator {
  // exact: the "I don't have an access code" help note would match too.
  return page.getByLabel('Access code', { exact: true });
}

/** Sets a password that meets the portal's rules and waits for the account to be ready. */
export async function registerWithPassword(page: Page, password = 'Riverside-2026'): Promise<void> {
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your portal account is ready' }),
  ).toBeVisible();
}

/** Counts real mouse presses in the page, so a test can hold a flow to its click budget. */
export async function countClicks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { staffClicks: number };
    w.staffClicks = 0;
    window.addEventListener(
      'pointerdown',
      (e) => {
        if (e.isTrusted) w.staffClicks += 1;
      },
      true,
    );
  });
  return () => page.evaluate(() => (window as unknown as { staffClicks: number }).staffClicks);
}

/** Presses Tab until `target` has focus, as a keyboard user would, and fails if it never does. */
export async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Sends the link from the tab's primary button, confirming the email already on file. */
export async function sendLinkToEmailOnFile(page: Page): Promise<void> {
  await accessTab(page).code.getByRole('button', { name: 'Send Access Link' }).click();
  const dialog = sendDialog(page);
  await dialog.getByLabel('I confirmed this email address with the patient').check();
  await dialog.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(dialog).toBeHidden();
}

/**
 * Fails the test on any uncaught error in any tab of its browser context: the user would be
 * looking at a broken screen. Call once at the top of a spec file.
 */
export function failOnUncaughtErrors(): void {
  let errors: string[] = [];
  test.beforeEach(({ context }) => {
    errors = [];
    context.on('weberror', (e) => {
      const message = e.error().message;
      // The browser's periodic update check of the demo's mock service worker is not the app:
      // when it misses, MSW keeps the worker it has and every request is still answered.
      if (/^Failed to update a ServiceWorker .*mockServiceWorker\.js/.test(message)) return;
      errors.push(message);
    });
  });
  test.afterEach(() => {
    expect(errors, 'uncaught errors in the app').toEqual([]);
  });
}
