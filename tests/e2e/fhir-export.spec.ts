import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { failOnUncaughtErrors, openWorkspace } from './access-support';
import { expectNoA11yViolations, signInAs } from './support';

failOnUncaughtErrors();

test("Carmen Diaz saves Thomas Wright's access picture as FHIR, then the audit log as NDJSON", async ({
  page,
}) => {
  await signInAs(page, 'Clinic manager');
  await openWorkspace(page, 'Thomas Wright');
  await page.getByRole('tab', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Activity' })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as FHIR (JSON)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^record-[\w-]+-fhir-\d{4}-\d{2}-\d{2}\.json$/);
  expect(download.suggestedFilename()).not.toMatch(/thomas|wright/i);
  const bundle = JSON.parse(await readFile(await download.path(), 'utf8')) as {
    resourceType: string;
    type: string;
    entry: { resource: { resourceType: string; name?: { text?: string }[] } }[];
  };
  expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
  const michael = bundle.entry.find((e) => e.resource.resourceType === 'RelatedPerson');
  expect(michael?.resource.name?.[0]?.text).toBe('Michael Wright');
  await expect(page.getByText(`Exported ${bundle.entry.length} FHIR resources.`)).toBeVisible();
  // The export is audited, and the tab lists it.
  await expect(page.getByRole('table').getByText('Record exported as FHIR')).toBeVisible();
  await page.screenshot({ path: '/tmp/fhir-activity-tab.png' });
  await expectNoA11yViolations(page, 'Activity tab with FHIR export');

  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Audit log' })
    .click();
  await expect(page.getByRole('table').getByRole('row').nth(1)).toBeVisible();
  const count = page.getByRole('status').filter({ hasText: /^\d+ events?$/ });
  const total = Number((await count.innerText()).split(' ')[0]);
  const savingLog = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export FHIR (NDJSON)' }).click();
  const log = await savingLog;
  expect(log.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.ndjson$/);
  const lines = (await readFile(await log.path(), 'utf8')).trimEnd().split('\n');
  expect(lines).toHaveLength(total);
  for (const line of lines) {
    expect(JSON.parse(line)).toMatchObject({ resourceType: 'AuditEvent' });
  }
  await expect(page.getByText(`Exported ${total} events.`)).toBeVisible();
  await page.screenshot({ path: '/tmp/fhir-audit-log.png' });
  await expectNoA11yViolations(page, 'Audit log with FHIR export');
});
