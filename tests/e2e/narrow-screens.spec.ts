import { expect, test, type Page } from '@playwright/test';
import { expectNoA11yViolations, signInAs } from './support';

/** Whether the page as a whole scrolls sideways (a wide table may, inside its own box). */
async function overflowsSideways(page: Page): Promise<boolean> {
  return page.evaluate(
    () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
  );
}

// A phone, and a half-screen window beside the EHR.
for (const { width, height } of [
  { width: 390, height: 844 },
  { width: 700, height: 900 },
]) {
  test(`at ${width} × ${height} the menu opens from its button and the workspace is usable`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await signInAs(page, 'Front desk');
    const menuButton = page.getByRole('button', { name: 'Menu' });
    const menu = page.getByRole('navigation', { name: 'Main' });
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(menu.getByRole('link', { name: 'Patients' })).toBeHidden();
    await expect(page.getByLabel('Search patients')).toBeVisible();
    expect(await overflowsSideways(page)).toBe(false);
    await expectNoA11yViolations(page, `patients at ${width} px`);

    await menuButton.focus();
    await page.keyboard.press('Enter');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'true');
    // The menu's first link, Today, takes the focus.
    await expect(menu.getByRole('link', { name: /^Today/ })).toBeFocused();
    const patients = menu.getByRole('link', { name: 'Patients' });
    await expectNoA11yViolations(page, `menu open at ${width} px`);
    await page.keyboard.press('Tab');
    await expect(patients).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(patients).toBeHidden();

    const box = page.getByLabel('Search patients');
    await box.fill('Robert Chen');
    await box.press('Enter');
    const result = page.getByRole('link', { name: 'Chen, Robert' });
    await expect(result).toBeVisible();
    expect(await overflowsSideways(page)).toBe(false);
    await result.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Robert Chen' })).toBeVisible();
    for (const name of ['Overview', 'Medical Access Code', 'Shared Access', 'Activity']) {
      await expect(page.getByRole('tab', { name })).toBeVisible();
    }
    await page.getByRole('tab', { name: 'Medical Access Code' }).click();
    const primary = page.getByRole('tabpanel').getByRole('button').first();
    await expect(primary).toBeVisible();
    await expect(primary).toBeInViewport();
    expect(await overflowsSideways(page)).toBe(false);
    await expectNoA11yViolations(page, `workspace at ${width} px`);
    await page.screenshot({ path: `/tmp/layout-shots/workspace-${width}.png`, fullPage: true });
  });
}
