import { expect as baseExpect, test, type Page } from '@playwright/test';
import { failOnUncaughtErrors, openWorkspace } from './access-support';
import { expectNoA11yViolations, signInAs } from './support';

// A step after a change can wait long on a busy machine; a passing run never waits for nothing.
const expect = baseExpect.configure({ timeout: 30_000 });

failOnUncaughtErrors();

/**
 * Maria's request as a colleague left it, made through the API as the app makes it: Lucas added,
 * sent, revoked "Sent too early", added again and sent again. The screens have no way back to
 * adding records once links are out; the API has, and that is how the two rows came about.
 */
async function lucasAddedAgain(page: Page, mariaId: string): Promise<string> {
  return page.evaluate(async (holderPatientId) => {
    const api = async (path: string, body?: unknown) => {
      const res = await fetch(`/api/v1${path}`, {
        method: 'POST',
        headers: {
          Accept: 'application/json',
          'Content-Type': 'application/json',
          'X-Requested-With': 'access-desk',
          'Idempotency-Key': crypto.randomUUID(),
        },
        body: JSON.stringify(body ?? {}),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.json()) as {
        id: string;
        items: { id: string; patientId: string; version: number }[];
        candidates: { patientId: string; name: string }[];
      };
    };
    const { id } = await api('/linking-requests', { holderPatientId });
    const { candidates } = await api(`/linking-requests/${id}/candidates`, {});
    const lucas = candidates.find((c) => c.name === 'Lucas Garcia')!.patientId;
    const record = { patientId: lucas, reason: null, override: null };
    const added = await api(`/linking-requests/${id}/records`, { records: [record] });
    const changes = added.items.map((i) => ({ patientId: i.patientId, version: i.version }));
    await api(`/linking-requests/${id}/emails`, { changes });
    const sent = await api(`/linking-requests/${id}/send`);
    await api(`/linking-requests/${id}/items/${sent.items[0]!.id}/revoke`, {
      reason: 'Sent too early',
    });
    await api(`/linking-requests/${id}/records`, { records: [record] });
    await api(`/linking-requests/${id}/send`);
    return id;
  }, mariaId);
}

test('Lucas revoked and added again: Resend and Revoke act on his live row, and his first link stays dead', async ({
  page,
}) => {
  await signInAs(page, 'Patient experience');
  await openWorkspace(page, 'Maria Garcia');
  const mariaId = /\/patients\/([^/]+)/.exec(page.url())![1]!;
  const id = await lucasAddedAgain(page, mariaId);

  await page.goto(`/family-linking/${id}`);
  const table = page.getByRole('table', { name: 'Linking progress' });
  const rows = table.getByRole('row', { name: /Lucas Garcia/ });
  await expect(rows.nth(0)).toContainText('Revoked');
  await expect(rows.nth(1)).toContainText('Delivered');
  await expectNoA11yViolations(page, 'family linking tracking, a record added again');

  await page.getByRole('button', { name: "Resend Lucas Garcia's link" }).click();
  const resend = page.getByRole('dialog', { name: "Resend Lucas Garcia's link" });
  await resend.getByLabel('I confirmed this email address with the account holder').check();
  await resend.getByRole('button', { name: 'Resend link' }).click();
  await expect(resend).toBeHidden();

  await page.getByRole('button', { name: 'Revoke Lucas Garcia' }).click();
  const revoke = page.getByRole('dialog', { name: 'Revoke Lucas Garcia' });
  await revoke.getByLabel('Reason').fill('Father will link Lucas');
  await revoke.getByRole('button', { name: 'Revoke' }).click();
  await expect(revoke).toBeHidden();
  await expect(rows.nth(1)).toContainText('Revoked');
  await expect(page.getByRole('button', { name: 'Revoke Lucas Garcia' })).toHaveCount(0);

  // Every link sent for Lucas (the first send, the second and the resend) no longer opens it.
  await page.goto('/outbox');
  const emails = page
    .getByRole('article', { name: 'Medical Records Access Link to maria.garcia@example.com' })
    .filter({ hasText: "to add Lucas Garcia's records" });
  await expect(emails).toHaveCount(3);
  await emails.last().getByRole('link', { name: 'Open as patient' }).click();
  await expect(page.getByText('This link is no longer valid')).toBeVisible();
  await page.goto('/outbox');
  await emails.first().getByRole('link', { name: 'Open as patient' }).click();
  await expect(page.getByText('This link is no longer valid')).toBeVisible();
});
