import { expect as baseExpect, test, type Page } from '@playwright/test';
import {
  accessTab,
  failOnUncaughtErrors,
  openAccessTab,
  openWorkspace,
  sendDialog,
} from './access-support';
import { expectNoA11yViolations, signInAs } from './support';

// The demo build shares a busy machine: screens after a change may take longer than the default.
const expect = baseExpect.configure({ timeout: 30_000 });

failOnUncaughtErrors();

const htmlLang = (page: Page) => page.locator('html');

test('Rosa Martínez: her link goes out in Spanish and she registers on a Spanish page', async ({
  page,
}) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Rosa Martínez');
  await openAccessTab(page);
  await accessTab(page).code.getByRole('button', { name: 'Send Access Link' }).click();
  const dialog = sendDialog(page);
  await expect(dialog.getByRole('combobox', { name: 'Email in Spanish' })).toBeVisible();
  const preview = dialog.getByRole('region', { name: 'Preview of the email in Spanish' });
  await expect(preview).toContainText('Hola, Rosa:');
  await expectNoA11yViolations(page, 'Send Access Link dialog, Spanish preview');
  await dialog.getByLabel('I confirmed this email address with the patient').check();
  await dialog.getByRole('button', { name: 'Send Access Link' }).click();
  await expect(dialog).toBeHidden();
  await expect(
    accessTab(page).deliveries.getByRole('row', { name: /rosa\.martinez@example\.com.*Spanish/ }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  const email = page
    .getByRole('article', {
      name: 'Enlace para ver su historial médico to rosa.martinez@example.com',
    })
    .first();
  await expect(email).toContainText('Hola, Rosa:');
  await email.getByRole('link', { name: 'Open as patient' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Cree su cuenta del portal' }),
  ).toBeVisible();
  await expect(htmlLang(page)).toHaveAttribute('lang', 'es');
  await expectNoA11yViolations(page, 'portal registration page in Spanish');
  await page.getByLabel('Contraseña', { exact: true }).fill('Rosa-portal-2026');
  await page.getByLabel('Confirme la contraseña', { exact: true }).fill('Rosa-portal-2026');
  await page.getByRole('button', { name: 'Crear mi cuenta' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Su cuenta del portal está lista' }),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'portal account ready, in Spanish');
});

test('Bao Nguyen: his printed letter is in Vietnamese', async ({ page }) => {
  await signInAs(page, 'Front desk');
  await openWorkspace(page, 'Bao Nguyen');
  await openAccessTab(page);
  await page.getByRole('button', { name: 'Send options' }).click();
  await page.getByRole('menuitem', { name: 'Print access code' }).click();
  const dialog = page.getByRole('dialog', { name: 'Access code letter' });
  await expect(dialog.getByRole('combobox', { name: 'Letter in Vietnamese' })).toBeVisible();
  const letter = dialog.locator('.access-letter');
  await expect(letter).toHaveAttribute('lang', 'vi');
  await expect(letter).toContainText('Kính gửi Bao Nguyen,');
  await expect(letter).toContainText('Quét bằng máy ảnh điện thoại');
  await expect(letter).toContainText('Nếu có trục trặc');
  await expectNoA11yViolations(page, 'access code letter in Vietnamese');
  await page.screenshot({ path: '/tmp/lang-bao-letter.png' });
});

test('Carlos Martínez accepts his invitation to Rosa’s record in Spanish', async ({
  page: firstPage,
  context,
}) => {
  let page = firstPage;
  await signInAs(page, 'Patient experience');
  await page.getByRole('link', { name: /^Shared-access requests/ }).click();
  await page
    .getByRole('table', { name: 'Shared-access requests' })
    .getByRole('link', { name: 'Rosa Martínez' })
    .click();
  const shownDob =
    (await page
      .getByRole('region', { name: 'The patient’s record' })
      .getByText(/^\w{3} \d{1,2}, \d{4}$/)
      .textContent()) ?? '';
  const dob = new Date(`${shownDob} 00:00:00 UTC`).toISOString().slice(0, 10);
  const decision = page.getByRole('region', { name: 'Decision' });
  await decision.getByRole('checkbox', { name: "The care partner's identity is verified" }).check();
  await decision.getByRole('combobox', { name: 'How the identity was verified' }).click();
  await page.getByRole('option', { name: 'Known to staff' }).click();
  await decision.getByRole('checkbox', { name: /The patient's consent is confirmed/ }).check();
  await decision.getByRole('combobox', { name: 'How consent was confirmed' }).click();
  await page.getByRole('option', { name: 'Patient confirmed on the phone' }).click();
  await decision.getByRole('checkbox', { name: 'I reviewed the scope below' }).check();
  await expect(decision.getByText(/as an email in Spanish/)).toBeVisible();
  await decision.getByRole('button', { name: 'Approve and send invitation' }).click();
  await expect(page.getByText('Approved – invited').first()).toBeVisible();

  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  const email = page.getByRole('article', {
    name: 'Invitación para ver un historial médico to carlos.martinez@example.com',
  });
  await email.getByRole('link', { name: 'Open as patient' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Acceso compartido al historial de Rosa' }),
  ).toBeVisible();
  await expect(htmlLang(page)).toHaveAttribute('lang', 'es');
  // One wrong date: the refusal is in Spanish too, with the tries left.
  await page.getByLabel('Fecha de nacimiento de Rosa').fill('1990-01-01');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(
    page.getByText(/^Esa fecha de nacimiento no es correcta\. Le quedan 2 intentos/),
  ).toBeVisible();
  await expectNoA11yViolations(page, 'simulator: date of birth in Spanish, one wrong try');
  // A wrong try counts across a restart: with its only tab closed, the demo clinic stops; the
  // link opened again starts it from its saved copy, and the second wrong date leaves 1 try, not 2.
  const invitation = page.url();
  await page.close();
  page = await context.newPage();
  await page.goto(invitation);
  await page.getByLabel('Fecha de nacimiento de Rosa').fill('1990-01-02');
  await page.getByRole('button', { name: 'Continuar' }).click();
  await expect(
    page.getByText(/^Esa fecha de nacimiento no es correcta\. Le queda 1 intento /),
  ).toBeVisible();
  await page.getByLabel('Fecha de nacimiento de Rosa').fill(dob);
  await page.getByRole('button', { name: 'Continuar' }).click();
  await page.getByLabel('Elija una contraseña').fill('Carlos-own-2026');
  await page.getByLabel('Confirme la contraseña').fill('Carlos-own-2026');
  await expectNoA11yViolations(page, 'simulator: own login in Spanish');
  await page.getByRole('button', { name: 'Crear mi cuenta y aceptar' }).click();
  await expect(page.getByRole('region', { name: 'Historial de Rosa Martínez' })).toContainText(
    'Citas',
  );
});
