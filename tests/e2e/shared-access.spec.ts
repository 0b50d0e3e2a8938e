import { expect as baseExpect, test, type Page } from '@playwright/test';
import { failOnUncaughtErrors, openWorkspace, tabTo } from './access-support';
import { expectNoA11yViolations, pickByKeyboard, SIGN_IN, type StaffRoleLabel } from './support';

// The demo build shares a busy machine: screens after a change may take longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

failOnUncaughtErrors();

/** The demo sign-in, waiting as long as this busy machine needs to start the mock clinic. */
async function signInAs(page: Page, role: StaffRoleLabel): Promise<void> {
  await page.goto(SIGN_IN);
  await page.getByRole('button', { name: `Sign in as ${role}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
}

/** "Mar 4, 1944" as shown on the review, back to the YYYY-MM-DD a date field takes. */
function isoFromShown(shown: string): string {
  return new Date(`${shown} 00:00:00 UTC`).toISOString().slice(0, 10);
}

async function openRequest(page: Page, patient: string): Promise<void> {
  await page.getByRole('link', { name: /^Shared-access requests/ }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Shared-access requests' }),
  ).toBeVisible();
  await page
    .getByRole('table', { name: 'Shared-access requests' })
    .getByRole('link', { name: patient })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: `Shared-access request for ${patient}` }),
  ).toBeVisible();
}

/** Picks an option of a Mantine Select with the keyboard only. */
async function chooseByKeyboard(page: Page, label: string, option: string): Promise<void> {
  const field = page.getByRole('combobox', { name: label });
  await tabTo(page, field);
  await pickByKeyboard(page, field, option);
}

test("Dorothy Williams: Susan's phone request is approved by keyboard, she accepts in the simulator, and the grant is active", async ({
  page,
}) => {
  await signInAs(page, 'Patient experience');
  await expect(page.getByRole('link', { name: 'Shared-access requests, 4 waiting' })).toBeVisible();
  await openRequest(page, 'Dorothy Williams');
  await expect(page.getByText('Taken by Felix Moreno.', { exact: false })).toBeVisible();
  await expectNoA11yViolations(page, 'shared-access review');
  const dob = isoFromShown(
    (await page
      .getByRole('region', { name: 'The patient’s record' })
      .getByText(/^\w{3} \d{1,2}, \d{4}$/)
      .textContent()) ?? '',
  );

  // Keyboard only from here to the decision.
  const decision = page.getByRole('region', { name: 'Decision' });
  await tabTo(
    page,
    decision.getByRole('checkbox', { name: "The care partner's identity is verified" }),
  );
  await page.keyboard.press('Space');
  await chooseByKeyboard(page, 'How the identity was verified', 'Known to staff');
  await tabTo(page, decision.getByRole('checkbox', { name: /The patient's consent is confirmed/ }));
  await page.keyboard.press('Space');
  await chooseByKeyboard(page, 'How consent was confirmed', 'Patient confirmed on the phone');
  await tabTo(page, decision.getByRole('checkbox', { name: 'I reviewed the scope below' }));
  await page.keyboard.press('Space');
  await expect(decision.getByRole('checkbox', { name: 'Appointments' })).toBeChecked();
  await expect(decision.getByRole('checkbox', { name: 'Billing and payments' })).toBeChecked();
  await expect(decision.getByRole('checkbox', { name: 'Test results' })).not.toBeChecked();
  await tabTo(page, decision.getByRole('button', { name: 'Approve and send invitation' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Approved – invited').first()).toBeVisible();
  await expect(page.getByRole('link', { name: 'Shared-access requests, 3 waiting' })).toBeVisible();

  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  const email = page.getByRole('article', {
    name: 'Shared access invitation to susan.williams@example.com',
  });
  await email.getByRole('link', { name: 'Open as patient' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Shared access to Dorothy’s records' }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'simulator: confirm date of birth');
  await page.getByLabel("Dorothy's date of birth").fill(dob);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByLabel('Your email')).toHaveValue('susan.williams@example.com');
  await expectNoA11yViolations(page, 'simulator: create own login');

  // Dorothy's own email is refused, in log-in mode too, with what to do instead.
  await page.getByText('I already have a portal login').click();
  await page.getByLabel('Your email').fill('dorothy.williams@example.com');
  await page.getByLabel('Your portal password').fill('Dorothy-guess-1');
  await page.getByRole('button', { name: 'Log in and accept' }).click();
  await expect(
    page.getByText(
      'This is Dorothy’s own login. Use your own email and your own login, not Dorothy’s.',
    ),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'simulator: patient’s own login refused');
  await page.screenshot({ path: '/tmp/inv/refused.png' });
  await page.getByText('Create my own login').click();
  await expect(page.getByLabel('Your email')).toHaveValue('susan.williams@example.com');
  await page.getByLabel('Choose a password').fill('Susan-own-2026');
  await page.getByLabel('Confirm password').fill('Susan-own-2026');
  await page.getByRole('button', { name: 'Create my login and accept' }).click();
  const records = page.getByRole('region', { name: "Dorothy Williams's records" });
  await expect(records.getByRole('listitem')).toHaveText(['Appointments', 'Billing and payments']);
  await expectNoA11yViolations(page, 'simulator: care partner home');

  // Back to Access Desk: the request now links to Dorothy's Shared Access tab.
  await page.goto('/shared-access?status=all');
  await page
    .getByRole('table', { name: 'Shared-access requests' })
    .getByRole('link', { name: 'Dorothy Williams' })
    .click();
  await page.getByRole('link', { name: 'Open Dorothy Williams’s Shared Access tab' }).click();
  const row = page
    .getByRole('table', { name: 'Shared-access grants' })
    .getByRole('row', { name: /Susan Williams/ });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Appointments, Billing and payments');
  await expectNoA11yViolations(page, 'Shared Access tab');
  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'Who can see this record' })).toContainText(
    'Care partner: Susan Williams (Adult child)',
  );
});

test("Harold Brooks: Linda's request is blocked on Harold's own email, and approved once hers is entered", async ({
  page,
}) => {
  await signInAs(page, 'Patient experience');
  await openRequest(page, 'Harold Brooks');
  await expect(
    page.getByRole('alert').filter({ hasText: "The care partner's email is the patient's own" }),
  ).toBeVisible();
  const approve = page.getByRole('button', { name: 'Approve and send invitation' });
  await expect(approve).toBeDisabled();
  await expect(approve).toHaveAccessibleDescription(
    'Approval is blocked until the warnings marked in red are resolved.',
  );
  await page.getByLabel("Care partner's own email").fill('linda.brooks@example.com');
  await expect(approve).toBeEnabled();
  await page.getByRole('checkbox', { name: "The care partner's identity is verified" }).check();
  await page.getByRole('combobox', { name: 'How the identity was verified' }).click();
  await page.getByRole('option', { name: 'Photo ID checked in person' }).click();
  await page.getByRole('checkbox', { name: /The patient's consent is confirmed/ }).check();
  await page.getByRole('combobox', { name: 'How consent was confirmed' }).click();
  await page.getByRole('option', { name: 'Patient signed the paper form' }).click();
  await page.getByRole('checkbox', { name: 'I reviewed the scope below' }).check();
  await approve.click();
  await expect(page.getByText('Approved – invited').first()).toBeVisible();
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  await expect(
    page.getByRole('article', { name: 'Shared access invitation to linda.brooks@example.com' }),
  ).toBeVisible();
});

test('Ethan Park: the adolescent rule is shown and confidential categories start off', async ({
  page,
}) => {
  await signInAs(page, 'Patient experience');
  await openRequest(page, 'Ethan Park');
  await expect(page.getByText('The patient is 15 (12–17)')).toBeVisible();
  const decision = page.getByRole('region', { name: 'Decision' });
  for (const name of ['Visit notes and summaries', 'Test results', 'Messaging the care team']) {
    await expect(
      decision.getByRole('checkbox', { name: `${name} (confidential)` }),
    ).not.toBeChecked();
  }
  await expect(decision.getByRole('checkbox', { name: 'Appointments' })).toBeChecked();
  // Patient experience cannot include them: a clinic manager is needed.
  await decision.getByRole('checkbox', { name: 'Test results (confidential)' }).check();
  await expect(decision.getByText('A clinic manager is needed')).toBeVisible();
  await expect(
    decision.getByRole('button', { name: 'Approve and send invitation' }),
  ).toBeDisabled();
  await expectNoA11yViolations(page, 'review of an adolescent request');
});

test("Thomas Wright: a clinic manager revokes Michael's grant, and Michael's simulator view loses access", async ({
  page,
  context,
}) => {
  const michael = await context.newPage();
  await michael.goto('/portal/care-partner');
  await expectNoA11yViolations(michael, 'simulator: care partner log in');
  await michael.getByLabel('Your email').fill('michael.wright@example.com');
  await michael.getByLabel('Your portal password').fill('Portal-demo-3');
  await michael.getByRole('button', { name: 'Log in' }).click();
  await expect(michael.getByRole('region', { name: "Thomas Wright's records" })).toBeVisible();

  await signInAs(page, 'Clinic manager');
  await page.getByRole('link', { name: /^Shared-access requests/ }).click();
  await expect(page.getByRole('table', { name: 'Shared-access requests' })).toBeVisible();
  await expectNoA11yViolations(page, 'shared-access queue');
  await page.getByRole('link', { name: 'Patients', exact: true }).click();
  await openWorkspace(page, 'Thomas Wright');
  await page.getByRole('tab', { name: 'Shared Access' }).click();
  const row = page
    .getByRole('table', { name: 'Shared-access grants' })
    .getByRole('row', { name: /Michael Wright/ });
  await expect(row).toContainText('Active');
  // The status is read whole, not cut to "AC…" by a narrow column.
  const status = row.locator('.mantine-Badge-label');
  expect(await status.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  await row.getByRole('button', { name: "Revoke Michael Wright's access" }).click();
  const dialog = page.getByRole('dialog', { name: 'Revoke shared access' });
  await dialog.getByRole('button', { name: 'Revoke access' }).click();
  await expect(dialog.getByText('Reason for revoking needs at least 3 characters.')).toBeVisible();
  await dialog.getByLabel('Reason for revoking').fill('Thomas asked to end it.');
  await dialog.getByRole('button', { name: 'Revoke access' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('Revoked');

  await expect(michael.getByText('No records to show')).toBeVisible();
  await expect(michael.getByRole('region', { name: "Thomas Wright's records" })).toHaveCount(0);
});
