import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { E2E_TIME_ZONE } from './clinic-zone';

export type StaffRoleLabel = 'Front desk' | 'Patient experience' | 'Clinic manager';

/** The demo staff accounts of the mock clinic, by role. */
export const DEMO_STAFF: Record<StaffRoleLabel, string> = {
  'Front desk': 'Felix Moreno',
  'Patient experience': 'Priya Shah',
  'Clinic manager': 'Carmen Diaz',
};

/**
 * The sign-in page, opened so the mock clinic answers with no simulated network delay: the suite
 * checks what happens, not how long it waits. The clinic keeps the setting for the whole test (its
 * own tabs included); the chaos tests set theirs. It goes on to Patients, where most journeys
 * start; `SIGN_IN_TO_TODAY` lands where staff land after sign-in.
 */
export const SIGN_IN = '/sign-in?latency=0&redirect=%2Fpatients';
export const SIGN_IN_TO_TODAY = '/sign-in?latency=0';

/**
 * Signs in with the one-click demo button and waits for Patients. `seed` fixes which requests the
 * chaos switch fails once it is on, so a failing journey can be replayed.
 */
export async function signInAs(
  page: Page,
  role: StaffRoleLabel,
  { seed }: { seed?: number } = {},
): Promise<void> {
  await page.goto(seed === undefined ? SIGN_IN : `${SIGN_IN}&seed=${seed}`);
  await page.getByRole('button', { name: `Sign in as ${role}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Patients' })).toBeVisible();
}

/**
 * Runs axe on the screen as it is now; fails on serious or critical violations, naming each.
 *
 * Legacy mode runs axe in the page and its same-origin frames (the app has no cross-origin frame).
 * The default mode opens a blank page in the context for every check to merge the frames'
 * results: 1.1 to 1.5 s a check, against 0.5 to 0.8 s here, over about 50 checks a run. Only the
 * violations are collected; the passes are never read.
 */
export async function expectNoA11yViolations(page: Page, screenName: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .setLegacyMode()
    .options({ resultTypes: ['violations'] })
    .analyze();
  const blocking = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => {
      const targets = v.nodes.map((n) => n.target.join(' ')).join(', ');
      return `${v.id} (${v.impact}): ${v.help} — ${targets}`;
    });
  expect(blocking, `axe: serious or critical violations on ${screenName}`).toEqual([]);
}

/**
 * The demo clinic's date (YYYY-MM-DD) on its own clock, in the clinic's zone: the date the
 * browser shows. Tests never read the machine's date.
 */
export async function demoToday(page: Page): Promise<string> {
  const now = await page.evaluate(async () => {
    const answer = await fetch('/api/v1/_mock/outbox');
    return ((await answer.json()) as { now: string }).now;
  });
  // en-CA writes dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: E2E_TIME_ZONE }).format(new Date(now));
}

/** The calendar day `days` after `day` (both YYYY-MM-DD), whatever the zone. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** "2026-01" → "2025-12". */
export function previousMonth(yearMonth: string): string {
  const [y, m] = yearMonth.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Picks a day (YYYY-MM-DD) in an open Mantine date picker: steps the month shown with the
 * Previous/Next month buttons until it is the day's month, then clicks the day.
 */
export async function pickDay(page: Page, day: string): Promise<void> {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const target = y * 12 + (m - 1);
  const header = page.locator('[class*="calendarHeaderLevel"]').first();
  for (let step = 0; step < 24; step += 1) {
    const [name, year] = (await header.innerText()).trim().split(' ') as [string, string];
    const shown = Number(year) * 12 + MONTHS.indexOf(name);
    if (shown === target) break;
    await page
      .getByRole('button', { name: shown > target ? 'Previous month' : 'Next month' })
      .click();
    await expect(header).not.toHaveText(`${name} ${year}`);
  }
  await page
    .getByRole('dialog')
    .locator('table button:not([data-outside])')
    .filter({ hasText: new RegExp(`^${d}$`) })
    .click();
}

/** Resolves once the page has run the timers it had queued: a timer queued now runs after them. */
async function settleTimers(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
}

/**
 * Picks `option` in a Mantine Select with the keyboard, as a user does: ArrowDown opens the list
 * and moves the highlight to the option, Enter picks it, and the field then shows it.
 *
 * Mantine keeps the highlighted index in a ref that Enter reads. Opening the list queues a
 * `setTimeout(…, 0)` that sets that index to the current value's option (none: -1) and leaves the
 * highlight on screen as it was. Chromium runs key presses before timers, so on a busy machine the
 * arrow presses that follow the opening can land first: the option then shows highlighted while
 * Enter finds -1 and does nothing. So: open, let the queued timers run, then move the highlight
 * with at least one arrow press (each press sets the index at once), and Enter.
 */
export async function pickByKeyboard(page: Page, field: Locator, option: string): Promise<void> {
  const list = page.getByRole('listbox');
  const choice = list.getByRole('option', { name: option });
  if ((await field.getAttribute('aria-expanded')) !== 'true')
    await page.keyboard.press('ArrowDown');
  await expect(choice).toBeVisible();
  await settleTimers(page);
  // Moving down wraps around, so as many presses as there are options reach any of them.
  const options = await list.getByRole('option').count();
  for (let i = 0; i <= options; i++) {
    await page.keyboard.press('ArrowDown');
    if ((await choice.getAttribute('data-combobox-selected')) !== null) break;
  }
  await expect(choice).toHaveAttribute('data-combobox-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(field).toHaveValue(option);
}
