import { expect, test } from '@playwright/test';
import {
  accessTab,
  failOnUncaughtErrors,
  openAccessTab,
  openOutboxEmail,
  openWorkspace,
  sendDialog,
  sendLinkToEmailOnFile,
  tabTo,
} from './access-support';
import { SIGN_IN, signInAs } from './support';

failOnUncaughtErrors();

test("Robert Chen's link is sent with the keyboard alone", async ({ page }) => {
  await page.goto(SIGN_IN);
  await tabTo(page, page.getByRole('button', { name: 'Sign in as Front desk' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByLabel('Search patients'));
  await page.keyboard.type('Robert Chen');
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('link', { name: 'Chen, Robert', exact: true }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Robert Chen' })).toBeVisible();

  await tabTo(page, page.getByRole('tab', { name: 'Overview' }));
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Medical Access Code' })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  const tab = accessTab(page);
  await tabTo(page, tab.code.getByRole('button', { name: 'Send Access Link' }));
  await page.keyboard.press('Enter');

  const dialog = sendDialog(page);
  const confirmed = dialog.getByLabel('I confirmed this email address with the patient');
  await tabTo(page, confirmed);
  await page.keyboard.press('Space');
  await expect(confirmed).toBeChecked();
  await tabTo(page, dialog.getByRole('button', { name: 'Send Access Link' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(tab.code.getByText('Code active')).toBeVisible();
  await expect(tab.deliveryTo('robert.chen@example.com')).toContainText('Delivered');
});

test('a sent link survives a reload and shows in a second tab of the same browser', async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Robert Chen');
  await openAccessTab(page);
  await sendLinkToEmailOnFile(page);
  const tab = accessTab(page);
  await expect(tab.code.getByText('Code active')).toBeVisible();
  await expect(tab.deliveryTo('robert.chen@example.com')).toHaveCount(1);

  await page.reload();
  await expect(tab.code.getByText('Code active')).toBeVisible();
  await expect(tab.deliveryTo('robert.chen@example.com')).toHaveCount(1);

  const second = await page.context().newPage();
  await second.goto(page.url());
  const secondTab = accessTab(second);
  await expect(second.getByRole('heading', { level: 1, name: 'Robert Chen' })).toBeVisible();
  await expect(secondTab.code.getByText('Code active')).toBeVisible();
  await expect(secondTab.deliveryTo('robert.chen@example.com')).toContainText('Felix Moreno');
  await expect(await openOutboxEmail(second, 'robert.chen@example.com')).toBeVisible();
});
