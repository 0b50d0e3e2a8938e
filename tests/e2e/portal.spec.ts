import { expect, test } from '@playwright/test';
import {
  ACCESS_CODE_PATTERN,
  accessTab,
  failOnUncaughtErrors,
  countClicks,
  openAccessTab,
  openAsPatient,
  openOutboxEmail,
  openWorkspace,
  portalCodeField,
  registerWithPassword,
  sendDialog,
  sendLinkToEmailOnFile,
} from './access-support';
import { expectNoA11yViolations, signInAs } from './support';

failOnUncaughtErrors();

test('Robert Chen goes from no account to full access through the emailed link', async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Robert Chen');
  const workspaceUrl = page.url();

  // From the open workspace to a sent link: 3 clicks plus ticking the email confirmation.
  const clicks = await countClicks(page);
  await openAccessTab(page);
  const tab = accessTab(page);
  await expect(tab.code.getByText('No code')).toBeVisible();
  await expect(tab.account.getByText('No account')).toBeVisible();
  await expectNoA11yViolations(page, 'Medical Access Code tab (no code)');

  await tab.code.getByRole('button', { name: 'Send Access Link' }).click();
  const dialog = sendDialog(page);
  await expect(dialog.getByLabel('Email address', { exact: true })).toHaveValue(
    'robert.chen@example.com',
  );
  await expectNoA11yViolations(page, 'Send Access Link dialog');
  await dialog.getByLabel('I confirmed this email address with the patient').check();
  await dialog.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page.getByText('Medical Records Access Link sent to robert.chen@example.com.'),
  ).toBeVisible();
  expect(await clicks(), 'clicks from the workspace to a sent link (3 + confirmation)').toBe(4);

  await expect(tab.code.getByText('Code active')).toBeVisible();
  await expect(tab.code.getByText(/^Active: expires in 5 days/)).toBeVisible();
  await expect(tab.deliveryTo('robert.chen@example.com')).toContainText('Felix Moreno');
  await expect(tab.deliveryTo('robert.chen@example.com')).toContainText('Delivered');
  await tab.code.getByRole('button', { name: 'Reveal' }).click();
  await expect(tab.code.getByRole('button', { name: 'Hide' })).toBeVisible();
  const revealed = (await tab.code.locator('code').first().textContent())?.trim() ?? '';
  expect(revealed).toMatch(ACCESS_CODE_PATTERN);

  const email = await openOutboxEmail(page, 'robert.chen@example.com');
  await expect(email.getByText('Hello Robert,')).toBeVisible();
  await openAsPatient(email);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Set up your portal account' }),
  ).toBeVisible();
  await expect(portalCodeField(page)).toHaveValue(revealed);
  await expect(portalCodeField(page)).not.toBeEditable();
  await expect(page.getByText(/This is your access code.*It is not an example/)).toBeVisible();
  await expect(page.getByText("I don't have an access code")).toBeHidden();
  await expectNoA11yViolations(page, 'portal registration page');

  // The patient's first try does not match: the form says which field and keeps the code.
  await page.getByLabel('Password', { exact: true }).fill('Riverside-2026');
  await page.getByLabel('Confirm password', { exact: true }).fill('Riverside-2062');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByText(/Confirm password does not match Password/)).toBeVisible();
  await expect(portalCodeField(page)).toHaveValue(revealed);

  await registerWithPassword(page);
  await expect(page.getByText('robert.chen@example.com')).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Records in your account' }).getByRole('listitem'),
  ).toHaveText(['Robert Chen — Full access']);
  await expectNoA11yViolations(page, 'portal result page');

  // The same link cannot be used twice.
  await page.reload();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This link was already used' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create my account' })).toHaveCount(0);

  // The browser's Back button returns to the Outbox (the page comes back from the browser's
  // cache), and the staff app still reaches the clinic from there.
  // ('commit': a page restored from the cache fires no new load event.)
  await page.goBack({ waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await page.getByRole('link', { name: 'Patients', exact: true }).click();
  await page.getByLabel('Search patients').fill('Robert Chen');
  await page.getByLabel('Search patients').press('Enter');
  await expect(page.getByRole('link', { name: 'Chen, Robert' })).toBeVisible();

  // Back in Access Desk: the staff session is still there, and so is what the patient did.
  await page.goto(`${workspaceUrl}/access`);
  await expect(tab.account.getByText('Full access')).toBeVisible();
  await expect(tab.account.getByText('robert.chen@example.com')).toBeVisible();
  await expect(tab.account).toContainText('through a Medical Records Access Link');
  await expect(tab.code.getByText('Code used')).toBeVisible();
  await expect(tab.code.getByText(/^Used to open the record on /)).toBeVisible();
});

test('Grace Lee: the expired code is shown as expired, and a new link registers her', async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Grace Lee');
  await openAccessTab(page);
  const tab = accessTab(page);
  await expect(tab.code.getByText('Code expired')).toBeVisible();
  await expect(tab.code.getByText(/^Expired on .*, unused\. Send a new link\./)).toBeVisible();
  await expect(tab.deliveryTo('grace.lee@example.com')).toContainText('7 days ago');

  await tab.code.getByRole('button', { name: 'Send Access Link' }).click();
  const dialog = sendDialog(page);
  await expect(dialog.getByText(/Issues a new access code/)).toBeVisible();
  await dialog.getByLabel('I confirmed this email address with the patient').check();
  await dialog.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(dialog).toBeHidden();
  await expect(tab.code.getByText('Code active')).toBeVisible();
  await expect(tab.code.getByText(/^Active: expires in 5 days/)).toBeVisible();
  await expect(tab.deliveryTo('grace.lee@example.com')).toHaveCount(2);

  await openAsPatient(await openOutboxEmail(page, 'grace.lee@example.com'));
  await expect(page.getByText(/^Hello Grace\./)).toBeVisible();
  await expect(portalCodeField(page)).toHaveValue(ACCESS_CODE_PATTERN);
  await registerWithPassword(page);
  await expect(
    page.getByRole('list', { name: 'Records in your account' }).getByRole('listitem'),
  ).toHaveText(['Grace Lee — Full access']);
});

test("Grace Lee's old, expired link says so plainly and offers no form", async ({ page }) => {
  await signInAs(page, 'Front desk');
  await openAsPatient(await openOutboxEmail(page, 'grace.lee@example.com'));
  await expect(
    page.getByRole('heading', { level: 1, name: 'This link has expired' }),
  ).toBeVisible();
  await expect(page.getByText(/Ask the clinic for a new link/)).toBeVisible();
  await expect(portalCodeField(page)).toHaveCount(0);
  await expectNoA11yViolations(page, 'portal expired link page');
});

test('Aisha Khan logs in with her booking password through the link and gains full access', async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Aisha Khan');
  await openAccessTab(page);
  const tab = accessTab(page);
  await expect(tab.account.getByText('Limited access', { exact: true })).toBeVisible();
  await expect(tab.account).toContainText('by booking online');
  await sendLinkToEmailOnFile(page);

  await openAsPatient(await openOutboxEmail(page, 'aisha.khan@example.com'));
  await expect(
    page.getByRole('heading', { level: 1, name: 'Log in to add this record' }),
  ).toBeVisible();
  await expect(portalCodeField(page)).toHaveValue(ACCESS_CODE_PATTERN);
  await expect(page.getByLabel('Email', { exact: true })).toHaveValue('aisha.khan@example.com');
  await page.getByLabel('Password', { exact: true }).fill('Portal-demo-2');
  await page.getByRole('button', { name: 'Log in and add this record' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'This record was added to your portal account' }),
  ).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Records in your account' }).getByRole('listitem'),
  ).toHaveText(['Aisha Khan — Full access']);
});

test('the portal opened without the link leaves the code empty and says how to fix it', async ({
  page,
}) => {
  await page.goto('/portal/register');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Set up your portal account' }),
  ).toBeVisible();
  await expect(portalCodeField(page)).toHaveValue('');
  await expect(page.getByRole('note')).toContainText(
    'Go back to the email from the clinic and click the blue button.',
  );
  await page.getByLabel('Password', { exact: true }).fill('Riverside-2026');
  await page.getByLabel('Confirm password', { exact: true }).fill('Riverside-2026');
  await page.getByRole('button', { name: 'Create my account' }).click();
  await expect(page.getByText('Enter the access code from your email link.')).toBeVisible();
});
