import { expect, test } from '@playwright/test';
import { failOnUncaughtErrors, openWorkspace } from './access-support';
import { expectNoA11yViolations, signInAs } from './support';

failOnUncaughtErrors();

test('Emily Novak: front desk corrects her mistyped email from the Overview, by keyboard', async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Emily Novak');
  const contact = page.getByRole('definition').filter({ hasText: '@' });
  await expect(contact).toHaveText('emily.novak@exmaple.com');

  const edit = page.getByRole('button', { name: 'Edit contact' });
  await edit.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Edit contact details' });
  const email = dialog.getByRole('textbox', { name: 'Email address' });
  // The focus starts in the address, and the typo is named with its fix.
  await expect(email).toBeFocused();
  await expect(dialog.getByText('Possible typo in the email address')).toBeVisible();
  await expectNoA11yViolations(page, 'Edit contact dialog');

  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('emily.novak@example.com');
  await expect(dialog.getByText('Possible typo in the email address')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(page.getByText("Emily Novak's email and phone are updated.")).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(contact).toHaveText('emily.novak@example.com');
  await expect(edit).toBeFocused();
});
