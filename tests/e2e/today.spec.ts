import { expect, test, type Page } from '@playwright/test';
import { failOnUncaughtErrors, openWorkspace, sendDialog } from './access-support';
import { expectNoA11yViolations, SIGN_IN_TO_TODAY, type StaffRoleLabel } from './support';

failOnUncaughtErrors();

/** Signs in and lands where staff land: Today. */
async function signInToToday(page: Page, role: StaffRoleLabel): Promise<void> {
  await page.goto(SIGN_IN_TO_TODAY);
  await page.getByRole('button', { name: `Sign in as ${role}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
}

const list = (page: Page, title: string) => page.getByRole('region', { name: title, exact: true });

const rowOf = (page: Page, title: string, name: string) =>
  list(page, title).getByRole('listitem').filter({ hasText: name });

/** Moves the demo clock forward from the Outbox, 5 days at a time, waiting for each answer. */
async function advanceClock(page: Page, times: number): Promise<void> {
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  const advance = page.getByRole('button', { name: 'Advance clock 5 days' });
  for (let i = 0; i < times; i += 1) {
    const moved = page.waitForResponse(
      (r) => r.url().endsWith('/api/v1/_mock/clock') && r.request().method() === 'POST',
    );
    await advance.click();
    expect((await moved).status()).toBe(200);
  }
}

async function openPatients(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Patients', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
}

test("Noah's coming of age: his own link from Today, then his birthday ends Karen's access", async ({
  page,
}) => {
  await signInToToday(page, 'Front desk');
  const noah = rowOf(page, 'Coming of age', 'Noah Bennett');
  await expect(noah).toContainText('Turns 18');
  await expect(noah).toContainText('Karen Bennett');
  await expect(rowOf(page, "Teen accounts on a guardian's email", 'Zoe Patel')).toContainText(
    'anita.patel@example.com is also Anita Patel',
  );
  // The activation chart loads after the lists; axe checks it too.
  await expect(list(page, 'Portal activation').getByRole('img')).toBeVisible();
  await expect(list(page, 'Portal activation')).toContainText('Links redeemed');
  await expectNoA11yViolations(page, 'Today with data');
  await page.screenshot({ path: '/tmp/today-front-desk.png', fullPage: true });

  await noah.getByRole('link', { name: 'Send own link' }).click();
  const dialog = sendDialog(page);
  await expect(dialog.getByRole('textbox', { name: 'Email address' })).toBeFocused();
  await expect(dialog.getByRole('textbox', { name: 'Email address' })).toHaveValue(
    'noah.bennett@example.com',
  );
  await dialog.getByLabel('I confirmed this email address with the patient').check();
  await dialog.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(
    page.getByText('Medical Records Access Link sent to noah.bennett@example.com.'),
  ).toBeVisible();

  // Ten days on, his 18th birthday: the system takes his record out of his mother's account.
  await advanceClock(page, 2);
  const email = page.getByRole('article', {
    name: "Your access to Noah's records has changed to karen.bennett@example.com",
  });
  await expect(email).toBeVisible();

  await openPatients(page);
  await openWorkspace(page, 'Karen Bennett');
  // Her account now holds her own record only.
  await expect(page.getByText('Held by the account karen.bennett@example.com')).toBeVisible();
  await expect(page.getByText('Only this record.')).toBeVisible();
  await openPatients(page);
  await openWorkspace(page, 'Noah Bennett');
  await page.getByRole('tab', { name: 'Activity' }).click();
  const change = page.getByRole('row', { name: /Access changed at 18/ });
  await expect(change).toContainText('Access Desk (system)System');
  await expect(change).toContainText('removed from portal account karen.bennett@example.com');
});

test("Emily Novak's bounced email is corrected and sent from Today in two clicks", async ({
  page,
}) => {
  await signInToToday(page, 'Front desk');
  const emily = rowOf(page, 'Invitations at risk', 'Emily Novak');
  await expect(emily).toContainText('emily.novak@exmaple.com bounced');
  await emily.getByRole('link', { name: 'Correct and resend' }).click(); // 1
  const dialog = sendDialog(page);
  const field = dialog.getByRole('textbox', { name: 'Email address' });
  await expect(field).toBeFocused();
  await field.fill('emily.novak@example.com');
  await dialog.getByLabel('I confirmed this email address with the patient').check();
  await dialog.getByRole('button', { name: 'Send Access Link' }).click(); // 2
  await expect(
    page.getByText('Medical Records Access Link sent to emily.novak@example.com.'),
  ).toBeVisible();

  await page.getByRole('link', { name: /^Today/ }).click();
  await expect(list(page, 'Invitations at risk')).toBeVisible();
  await expect(rowOf(page, 'Invitations at risk', 'Emily Novak')).toHaveCount(0);
});

test('Today as a manager, then with lists emptied by time, stays accessible', async ({ page }) => {
  await signInToToday(page, 'Clinic manager');
  await expect(rowOf(page, 'Shared-access requests waiting', 'Harold Brooks')).toContainText(
    'Overdue',
  );
  await expect(rowOf(page, 'Grants ending soon', 'Walter Hughes')).toContainText('Ruth Hughes');
  await page.screenshot({ path: '/tmp/today-manager.png', fullPage: true });

  // Five weeks on, the links, birthdays and grant have passed: those lists have nothing waiting.
  await advanceClock(page, 7);
  await page.getByRole('link', { name: /^Today/ }).click();
  await expect(list(page, 'Coming of age')).toContainText('Nothing waiting');
  await expect(list(page, 'Invitations at risk')).toContainText('Nothing waiting');
  await expect(list(page, 'Grants ending soon')).toContainText('Nothing waiting');
  await list(page, 'Portal activation').getByText('Table', { exact: true }).click();
  await expect(
    list(page, 'Portal activation').getByRole('table', {
      name: 'Links sent and redeemed, by week',
    }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'Today without data');
  await page.screenshot({ path: '/tmp/today-empty.png', fullPage: true });
});
