import { expect, test } from '@playwright/test';
import {
  ACCESS_CODE_PATTERN,
  accessTab,
  failOnUncaughtErrors,
  openAccessTab,
  openAsPatient,
  openOutboxEmail,
  openWorkspace,
  portalCodeField,
  sendDialog,
} from './access-support';
import { expectNoA11yViolations, signInAs } from './support';

failOnUncaughtErrors();

test("James O'Brien: front desk revokes the unused link sent to the wrong person, and it stops working", async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, "James O'Brien");
  await openAccessTab(page);
  const tab = accessTab(page);
  await expect(tab.code.getByText('Code active')).toBeVisible();
  await expect(tab.code.getByText(/^Active: expires in 1 day/)).toBeVisible();
  await expect(tab.deliveryTo('jobrien@example.net')).toContainText('4 days ago');
  await expect(tab.deliveryTo('jobrien@example.net')).toContainText('Delivered');
  await expectNoA11yViolations(page, 'Medical Access Code tab (active code)');

  await page.getByRole('button', { name: 'Revoke Access' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke Access' });
  await expect(
    dialog.getByText('The active access code is cancelled: its link stops working.'),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'Revoke Access dialog');
  await dialog.getByRole('button', { name: 'Revoke Access' }).click();
  await expect(dialog.getByText('Choose a reason for revoking access.')).toBeVisible();
  await dialog.getByRole('radio', { name: 'Sent to the wrong person' }).check();
  await dialog.getByRole('button', { name: 'Revoke Access' }).click();
  await expect(dialog).toBeHidden();

  await expect(tab.code.getByText('Code revoked')).toBeVisible();
  await expect(tab.code.getByText(/^Revoked on .*: Sent to the wrong person\./)).toBeVisible();
  // Nothing is left to revoke: no account, no active code.
  await expect(page.getByRole('button', { name: 'Revoke Access' })).toHaveCount(0);

  await openAsPatient(await openOutboxEmail(page, 'jobrien@example.net'));
  await expect(
    page.getByRole('heading', { level: 1, name: 'This link is no longer valid' }),
  ).toBeVisible();
  await expect(page.getByText('Ask the clinic for a new link.', { exact: false })).toBeVisible();
  await expect(portalCodeField(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Create my account' })).toHaveCount(0);
  await expectNoA11yViolations(page, 'portal dead-link page');
});

test("James O'Brien: the printed letter carries the code, the expiry and the mix-ups, and prints alone", async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, "James O'Brien");
  await openAccessTab(page);
  await page.getByRole('button', { name: 'Send options' }).click();
  await page.getByRole('menuitem', { name: 'Print access code' }).click();

  const letter = page.getByRole('dialog', { name: 'Access code letter' });
  await expect(letter.getByText("Dear James O'Brien,")).toBeVisible();
  await expect(letter.getByText('https://portal.clinic.example')).toBeVisible();
  await expect(letter.locator('code')).toHaveText(ACCESS_CODE_PATTERN);
  await expect(letter.getByRole('img', { name: /QR code/ })).toBeVisible();
  await expect(letter.getByText(/^Use it by /)).toBeVisible();
  await expect(letter.getByRole('listitem')).toHaveCount(3);
  await expect(letter).toContainText('The code is not your password.');
  await expectNoA11yViolations(page, 'print letter');

  // On paper only the letter shows: not the app around it, not the dialog's buttons.
  // (The dialog's own title is hidden on paper too, so look in the page, not by the dialog's name.)
  const printLetter = page.getByRole('button', { name: 'Print letter' });
  await page.emulateMedia({ media: 'print' });
  await expect(
    page.getByRole('heading', { name: 'Your Patient Portal access code' }),
  ).toBeVisible();
  await expect(page.getByText("Dear James O'Brien,")).toBeVisible();
  await expect(printLetter).toBeHidden();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(printLetter).toBeVisible();

  // Opening the letter and closing it records nothing.
  await letter.getByRole('button', { name: 'Close', exact: true }).click();
  await expect(letter).toBeHidden();
  const printed = accessTab(page).deliveries.getByRole('row', { name: /Printed letter/ });
  await expect(accessTab(page).deliveries).toBeVisible();
  await expect(printed).toHaveCount(0);

  // A print staff confirm is recorded once. The browser's print dialog is stubbed: it would block.
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Send options' }).click();
  await page.getByRole('menuitem', { name: 'Print access code' }).click();
  await letter.getByRole('button', { name: 'Print letter' }).click();
  const question = letter.getByRole('group', { name: 'Did the letter print?' });
  await expect(question).toBeVisible();
  await expectNoA11yViolations(page, 'did the letter print');
  await question.getByRole('button', { name: 'Yes, it printed' }).click();
  await expect(letter).toBeHidden();
  await expect(printed).toHaveCount(1);
  await expect(printed).toContainText('Printed');
});

test('Olivia Martin: front desk is told why used access needs a manager; the clinic manager revokes it', async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Olivia Martin');
  await openAccessTab(page);
  const tab = accessTab(page);
  await expect(tab.account.getByText('Full access')).toBeVisible();
  await expect(tab.account.getByText('olivia.martin@example.org')).toBeVisible();
  const refused = page.getByRole('button', { name: 'Revoke Access' });
  await expect(refused).toBeDisabled();
  await expect(refused).toHaveAccessibleDescription(
    /already used to open the record\. Only a clinic manager can revoke it/,
  );
  await expect(
    page.getByText(/Only a clinic manager can revoke it: ask your clinic manager\./),
  ).toBeVisible();
  const workspaceUrl = page.url();

  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInAs(page, 'Clinic manager');
  await page.goto(workspaceUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Olivia Martin' })).toBeVisible();
  await page.getByRole('button', { name: 'Revoke Access' }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke Access' });
  await expect(dialog).toContainText(
    "Olivia Martin's record is removed from the portal account olivia.martin@example.org. It holds no other record, so the account is disabled.",
  );
  await dialog.getByRole('radio', { name: 'Sent to the wrong person' }).check();
  await dialog.getByRole('button', { name: 'Revoke Access' }).click();
  await expect(dialog).toBeHidden();

  await expect(tab.account.getByText('No account')).toBeVisible();
  await expect(
    tab.account.getByText('No portal account holds this record.', { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Revoke Access' })).toHaveCount(0);

  // The wrong address cannot be sent the link again with one tick: the record says why, the tab
  // lists the revoke, and the send dialog refuses the address until the right one is entered.
  const banner = page.getByRole('region', {
    name: 'Access revoked: the email on file reached the wrong person',
  });
  await expect(banner).toContainText('no link can be sent to it');
  await expect(
    tab.deliveries.getByRole('row', { name: /olivia\.martin@example\.org.*Access revoked/ }),
  ).toContainText('Sent to the wrong person');
  await expectNoA11yViolations(page, 'Medical Access Code tab after a wrong-person revoke');
  await tab.code.getByRole('button', { name: 'Send Access Link' }).click();
  const send = sendDialog(page);
  const email = send.getByRole('textbox', { name: 'Email address' });
  await expect(email).toHaveValue('olivia.martin@example.org');
  await expect(email).toHaveAccessibleDescription(/reached the wrong person/);
  await send.getByLabel('I confirmed this email address with the patient').check();
  await send.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(send).toBeVisible();
  await expect(email).toHaveAttribute('aria-invalid', 'true');
  await email.fill('olivia.martin@example.com');
  await send.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(send).toBeHidden();
  await expect(
    page.getByText('Medical Records Access Link sent to olivia.martin@example.com.'),
  ).toBeVisible();
  await expect(banner).toBeHidden();

  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page.getByRole('tabpanel').getByText('Access revoked')).toBeVisible();
});

test('Emily Novak: the send dialog warns about the bounce and the typo, and the fixed address gets the link', async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Emily Novak');
  await openAccessTab(page);
  const tab = accessTab(page);
  await expect(tab.deliveryTo('emily.novak@exmaple.com')).toContainText('Bounced');

  await page.getByRole('button', { name: 'Send options' }).click();
  await page.getByRole('menuitem', { name: 'Send Access Link' }).click();
  const dialog = sendDialog(page);
  await expect(dialog.getByText('The last link bounced')).toBeVisible();
  await expect(dialog).toContainText('2 days ago');
  await expect(dialog).toContainText('Sending again does not extend the 5-day expiry');
  await expect(dialog.getByText('Possible typo in the email address')).toBeVisible();
  await expect(dialog.getByText(/Did you mean emily\.novak@example\.com\?/)).toBeVisible();
  await expectNoA11yViolations(page, 'Send Access Link dialog with warnings');

  await dialog.getByRole('button', { name: 'Use emily.novak@example.com' }).click();
  const email = dialog.getByLabel('Email address', { exact: true });
  await expect(email).toHaveValue('emily.novak@example.com');
  await expect(email).toHaveAccessibleDescription(
    "This replaces emily.novak@exmaple.com in Emily's contact details.",
  );
  await expect(dialog.getByText('Possible typo in the email address')).toBeHidden();
  await dialog.getByLabel('I confirmed this email address with the patient').check();
  await dialog.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(dialog).toBeHidden();
  await expect(tab.deliveryTo('emily.novak@example.com')).toContainText('Delivered');

  const sent = await openOutboxEmail(page, 'emily.novak@example.com');
  await expect(sent).toContainText('Delivered');
  await expect(sent.getByText('Hello Emily,')).toBeVisible();
});

test.describe('with dialogs that slide in and out, as most users have them', () => {
  // The second press must be able to land on the dialog while it closes: no reduced motion here.
  test.use({ reducedMotion: 'no-preference' });

  test('Grace Lee: Send Access Link pressed twice, 300 ms apart under latency, sends one email', async ({
    page,
  }) => {
    // Each answer takes 150 ms: the second press lands while the dialog closes after the first.
    await page.goto('/sign-in?latency=150&redirect=%2Fpatients');
    await page.getByRole('button', { name: 'Sign in as Front desk' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
    const emailsToGrace = page.getByRole('article', {
      name: 'Medical Records Access Link to grace.lee@example.com',
    });
    await page.getByRole('link', { name: 'Outbox (demo)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
    await expect(page.getByRole('article').first()).toBeVisible();
    const emailsBefore = await emailsToGrace.count();
    await page.getByRole('link', { name: 'Patients' }).click();
    await openWorkspace(page, 'Grace Lee');
    const linksSent = page.getByRole('tabpanel').getByRole('row', { name: /Access link sent/ });
    await page.getByRole('tab', { name: 'Activity' }).click();
    await expect(page.getByRole('tabpanel').getByRole('row').first()).toBeVisible();
    const linksSentBefore = await linksSent.count();
    await openAccessTab(page);
    const tab = accessTab(page);
    await expect(tab.code.getByText('Code expired')).toBeVisible();
    const sentBefore = await tab.deliveryTo('grace.lee@example.com').count();

    await tab.code.getByRole('button', { name: 'Send Access Link' }).click();
    const dialog = sendDialog(page);
    await dialog.getByLabel('I confirmed this email address with the patient').check();
    // Pressed once the dialog shows all it will: the email's preview is there.
    await expect(dialog.getByRole('region', { name: /^Preview of the email/ })).toBeVisible();
    const send = dialog.getByRole('button', { name: 'Send Access Link' });
    // Where the staff member sees it: scrolled into view if the window is short.
    await send.scrollIntoViewIfNeeded();
    const box = await send.boundingBox();
    if (!box) throw new Error('The Send button has no box on screen');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    // The staff member's own timing: two presses 300 ms apart, on the same spot.
    const first = performance.now();
    await page.mouse.click(x, y);
    await page.waitForTimeout(Math.max(0, 300 - (performance.now() - first)));
    await page.mouse.click(x, y);

    await expect(
      page.getByText('Medical Records Access Link sent to grace.lee@example.com.'),
    ).toBeVisible();
    await expect(dialog).toBeHidden();
    await expect(tab.code.getByText('Code active')).toBeVisible();
    await expect(tab.deliveryTo('grace.lee@example.com')).toHaveCount(sentBefore + 1);

    await page.getByRole('tab', { name: 'Activity' }).click();
    await expect(linksSent).toHaveCount(linksSentBefore + 1);
    await page.getByRole('link', { name: 'Outbox (demo)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
    await expect(emailsToGrace).toHaveCount(emailsBefore + 1);
  });
});
