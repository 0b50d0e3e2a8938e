import { expect, test, type Locator, type Page } from '@playwright/test';
import { accessTab, failOnUncaughtErrors, resultName, sendDialog } from './access-support';
import { signInAs } from './support';

failOnUncaughtErrors();

/**
 * With 30% of requests failing (half of them after the change was made, as when an answer is lost),
 * a user who simply retries gets every job done: nothing typed is lost, each intended send emails
 * once, and every failure says what to do.
 */

async function turnOnChaos(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  const failures = page.getByRole('combobox', { name: 'Requests that fail' });
  await expect(failures).toBeEnabled();
  await failures.selectOption({ label: '30%' });
  // A visible delay, so a retried request is seen to start again.
  await page.getByRole('combobox', { name: 'Delay per request' }).selectOption({ label: '800 ms' });
  await expect(failures).toHaveValue('0.3');
}

/** Every failure shown is a plain message that says to try again. */
function failureAlert(page: Page): Locator {
  return page.getByRole('alert').filter({ hasText: /server/i });
}

interface Retries {
  failures: number;
}

/**
 * Does `act` until `done` shows, as a user would: after each failure, read the message (it must
 * say what to do), check what was typed is still there, and retry — with the screen's own Try again
 * button when it has one, otherwise by doing the same thing again.
 */
async function untilDone(
  page: Page,
  retries: Retries,
  done: Locator,
  act: () => Promise<void>,
  stillTyped: () => Promise<void> = async () => {},
): Promise<void> {
  await act();
  for (let attempt = 0; attempt < 12; attempt++) {
    await expect(done.or(failureAlert(page)).first()).toBeVisible({ timeout: 20_000 });
    if (await done.isVisible()) return;
    retries.failures += 1;
    const alert = failureAlert(page).first();
    await expect(alert).toContainText(/try again/i);
    await stillTyped();
    const tryAgain = alert.getByRole('button', { name: 'Try again' });
    if (await tryAgain.isVisible()) await tryAgain.click();
    else await act();
    await expect(alert).toBeHidden({ timeout: 20_000 });
  }
  throw new Error('Still failing after 12 tries');
}

async function openWorkspace(page: Page, retries: Retries, fullName: string): Promise<void> {
  await page.getByRole('link', { name: 'Patients', exact: true }).click();
  const search = page.getByLabel('Search patients');
  await search.fill(fullName);
  const result = page.getByRole('link', { name: resultName(fullName), exact: true });
  await untilDone(page, retries, result, () => search.press('Enter'));
  await result.click();
  await untilDone(
    page,
    retries,
    page.getByRole('heading', { level: 1, name: fullName }),
    async () => {},
  );
  await page.getByRole('tab', { name: 'Medical Access Code' }).click();
  await untilDone(page, retries, accessTab(page).code, async () => {});
}

async function outboxCount(page: Page, to: string): Promise<number> {
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  return page.getByRole('article', { name: `Medical Records Access Link to ${to}` }).count();
}

test('with 30% of requests failing, Robert Chen is sent one link and James O’Brien’s is revoked, by retrying', async ({
  page,
}) => {
  test.setTimeout(180_000);
  const retries: Retries = { failures: 0 };
  await signInAs(page, 'Front desk');
  await turnOnChaos(page);

  // Robert Chen: the email is corrected in the dialog, then sent.
  await openWorkspace(page, retries, 'Robert Chen');
  const dialog = sendDialog(page);
  await untilDone(page, retries, dialog, () =>
    accessTab(page).code.getByRole('button', { name: 'Send Access Link' }).click(),
  );
  const email = dialog.getByRole('textbox', { name: 'Email address' });
  await email.fill('robert.chen@example.org');
  await dialog.getByLabel('I confirmed this email address with the patient').check();
  await untilDone(
    page,
    retries,
    accessTab(page).deliveryTo('robert.chen@example.org'),
    () => dialog.getByRole('button', { name: 'Send Access Link' }).click(),
    async () => {
      await expect(email).toHaveValue('robert.chen@example.org');
      await expect(
        dialog.getByLabel('I confirmed this email address with the patient'),
      ).toBeChecked();
    },
  );
  await expect(dialog).toBeHidden();

  // James O'Brien: revoked, with a reason typed in.
  await openWorkspace(page, retries, "James O'Brien");
  const revoke = page.getByRole('dialog', { name: 'Revoke Access' });
  await page.getByRole('button', { name: 'Revoke Access' }).click();
  await revoke.getByRole('radio', { name: 'Other' }).check();
  const reason = revoke.getByLabel('Describe the reason');
  await reason.fill('Patient moved away and asked us to stop');
  await untilDone(
    page,
    retries,
    accessTab(page).code.getByText('Code revoked'),
    () => revoke.getByRole('button', { name: 'Revoke Access' }).click(),
    () => expect(reason).toHaveValue('Patient moved away and asked us to stop'),
  );

  // Exactly one email per intended send, however many tries it took.
  expect(await outboxCount(page, 'robert.chen@example.org')).toBe(1);
  test
    .info()
    .annotations.push({ type: 'failures met and retried', description: String(retries.failures) });
});
