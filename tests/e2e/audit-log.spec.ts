import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import Papa from 'papaparse';
import { failOnUncaughtErrors } from './access-support';
import {
  demoToday,
  expectNoA11yViolations,
  pickByKeyboard,
  pickDay,
  previousMonth,
  signInAs,
} from './support';

failOnUncaughtErrors();

test('Carmen Diaz filters the audit log by who, action and dates, and exports it as CSV', async ({
  page,
}) => {
  await signInAs(page, 'Clinic manager');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const table = page.getByRole('table');
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await expectNoA11yViolations(page, 'Audit log');

  // Who, by keyboard: focus the field, open the list, pick with the arrow keys and Enter.
  const who = page.getByRole('combobox', { name: 'Who' });
  await who.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { name: 'Felix Moreno (Front desk)' })).toBeVisible();
  // Portal accounts can be picked too: Olivia's registration was done through her own account.
  await expect(
    page
      .getByRole('group', { name: 'Patient portal' })
      .getByRole('option', { name: 'olivia.martin@example.org (patient)' }),
  ).toBeAttached();
  await pickByKeyboard(page, who, 'Felix Moreno (Front desk)');
  await expect(page).toHaveURL(/[?&]actorId=staff_7kq2m9xw4p3r(&|$)/);
  await expect(table.getByRole('row').nth(1)).toContainText('Felix Moreno');
  for (const row of await table.getByRole('row').all()) {
    if ((await row.getByRole('cell').count()) > 0) await expect(row).toContainText('Felix Moreno');
  }

  // Action: type to narrow the list.
  await page.getByRole('combobox', { name: 'Action' }).fill('Access link');
  await page.getByRole('option', { name: 'Access link sent' }).click();
  await expect(page).toHaveURL(/[?&]action=access-link-sent(&|$)/);

  // Dates, with Mantine's date picker: from the 1st of the month before the demo clock's, to the
  // demo clock's own day. The seeded events are days old, so they fall inside whatever the date.
  const today = await demoToday(page);
  const from = `${previousMonth(today.slice(0, 7))}-01`;
  await page.getByRole('button', { name: 'Dates' }).click();
  await pickDay(page, from);
  await pickDay(page, today);
  await expect(page).toHaveURL(new RegExp(`[?&]from=${from}(&|$)`));
  await expect(page).toHaveURL(new RegExp(`[?&]to=${today}(&|$)`));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Page 1' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectNoA11yViolations(page, 'Audit log, filtered');

  const count = page.getByRole('status').filter({ hasText: /^\d+ events?$/ });
  const total = Number((await count.innerText()).split(' ')[0]);
  expect(total).toBeGreaterThan(0);
  // No name in the address: ids, an action key, dates and the page only.
  expect(page.url()).not.toMatch(/felix|moreno|carmen/i);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const text = (await readFile(await download.path(), 'utf8')).replace(/^\ufeff/, '');
  const { data, errors } = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(errors).toEqual([]);
  const [header, ...rows] = data;
  expect(header).toEqual([
    'When (America/Los_Angeles)',
    'Who',
    'Role',
    'Record',
    'MRN',
    'Record id',
    'Action',
    'Details',
  ]);
  expect(rows).toHaveLength(total);
  for (const row of rows) {
    // The clinic's time with its offset, from the picked days; the MRN beside the record's id.
    expect(row[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} -0[78]:00$/);
    expect(row[0]!.slice(0, 10) >= from && row[0]!.slice(0, 10) <= today).toBe(true);
    expect(row.slice(1, 3)).toEqual(['Felix Moreno', 'Front desk']);
    expect(row[4]).toMatch(/^\d+$/);
    expect(row[6]).toBe('Access link sent');
  }
});

for (const role of ['Front desk', 'Patient experience'] as const) {
  test(`${role} sees why the audit log is not theirs`, async ({ page }) => {
    await signInAs(page, role);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByText('Clinic managers only')).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit log' })).toHaveCount(0);
    await page.goto('/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(page.getByText('The full audit log is for clinic managers.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await expectNoA11yViolations(page, `Audit log as ${role}`);
  });
}
