import { expect, test, type Locator, type Page } from '@playwright/test';
import { resultName } from './access-support';

/**
 * Working through an unreliable network as a user would: turn the mock clinic's chaos switch on,
 * then do each job until it is done, reading every failure and checking nothing typed was lost.
 */

/**
 * Which requests fail is drawn from this seed (`?seed=N`), so a journey meets the same failures on
 * every run, and a failing run can be replayed. Set CHAOS_SEED=N to try another sequence.
 */
export const CHAOS_SEED = Number(process.env.CHAOS_SEED ?? 2026);

/** Failures met so far in one test (reported with it, to show the retries really happened). */
export interface Retries {
  failures: number;
}

export function reportRetries(retries: Retries): void {
  test
    .info()
    .annotations.push({ type: 'failures met and retried', description: String(retries.failures) });
}

/**
 * The Outbox's "Simulate an unreliable network": 30% of requests fail, half of them after the
 * change was made (the answer is lost on the way back).
 */
export async function turnOnChaos(
  page: Page,
  delay: '150 ms' | '800 ms' = '800 ms',
): Promise<void> {
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  const failures = page.getByRole('combobox', { name: 'Requests that fail' });
  await expect(failures).toBeEnabled();
  await failures.selectOption({ label: '30%' });
  await expect(failures).toHaveValue('0.3');
  const latency = page.getByRole('combobox', { name: 'Delay per request' });
  await expect(latency).toBeEnabled();
  await latency.selectOption({ label: delay });
  await expect(latency).toHaveValue(delay.replace(' ms', ''));
}

/**
 * Every failure shown is a plain message about the server: an alert in the staff app, or the
 * patient portal's whole-page message (its heading and what follows it).
 */
export function failureAlert(page: Page): Locator {
  return page
    .getByRole('alert')
    .filter({ hasText: /server/i })
    .or(page.getByRole('heading', { level: 1, name: /server/i }).locator('xpath=..'));
}

/**
 * A notice that a change was made (a failure never shows one). Notices close by themselves after a
 * few seconds; on a busy machine that can happen between two looks, so every notice shown since
 * the last try is remembered (watchNotices) and counts.
 */
export function savedNotice(page: Page, text: string): Done {
  return { notice: text, page };
}

/** What shows the job is done: something that appears, a dialog that closes, or a notice shown. */
export type Done = Locator | { closed: Locator } | { notice: string; page: Page };

interface NoticeLog {
  accessDeskNotices?: string[];
  accessDeskNoticeWatch?: MutationObserver;
}

/**
 * Starts (or starts again) remembering the text of every alert the page shows from now on. An
 * alert already on the page is not this try's: an earlier step's notice with the same words, still
 * showing, once passed for a denial that was never made (CI run 25).
 */
async function watchNotices(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as NoticeLog;
    const log: string[] = [];
    w.accessDeskNotices = log;
    const before = new Set(document.querySelectorAll('[role="alert"]'));
    const record = () => {
      for (const el of document.querySelectorAll('[role="alert"]'))
        if (!before.has(el) && el.textContent && !log.includes(el.textContent))
          log.push(el.textContent);
    };
    w.accessDeskNoticeWatch?.disconnect();
    w.accessDeskNoticeWatch = new MutationObserver(record);
    w.accessDeskNoticeWatch.observe(document.body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    record();
  });
}

const isDone = (done: Done): Promise<boolean> =>
  'closed' in done
    ? done.closed.isHidden()
    : 'notice' in done
      ? done.page.evaluate(
          (text) => ((window as NoticeLog).accessDeskNotices ?? []).some((t) => t.includes(text)),
          done.notice,
        )
      : done.isVisible();

interface Options {
  /** Checks, after each failure, that everything typed or ticked is still there. */
  stillTyped?: () => Promise<void>;
  /**
   * The failure is a passing notice rather than a message in the form: read it and let it go
   * before doing the job again, so the next notice seen is the next attempt's.
   */
  notice?: boolean;
}

/**
 * A quarter second between looks (Playwright's default slows to one a second): each step of a
 * chaos journey is seen done within 250 ms of showing, not up to a second later.
 */
const POLL_INTERVALS = [100, 250];

/**
 * Does `act` until `done`, as a user would: after each failure, read the message (it must say what
 * to do), check what was typed is still there, and retry — with the screen's own Try again button
 * when it has one, otherwise by doing the same thing again.
 */
export async function untilDone(
  page: Page,
  retries: Retries,
  done: Done,
  act: () => Promise<void>,
  { stillTyped = async () => {}, notice = false }: Options = {},
): Promise<void> {
  const failure = failureAlert(page).first();
  const settled = async () => (await isDone(done)) || (await failure.isVisible());
  const tryIt = async () => {
    await watchNotices(page);
    await act();
  };
  await tryIt();
  for (let attempt = 0; attempt < 12; attempt++) {
    // Long enough for any answer on a busy machine: doing it again while the first try is still
    // on its way would be a second intent.
    const answered = await expect
      .poll(settled, { timeout: 45_000, intervals: POLL_INTERVALS })
      .toBe(true)
      .then(() => true)
      .catch(() => false);
    if (await isDone(done)) return;
    // Nothing to read and nothing done (a passing notice came and went unseen): press again, as a
    // user would; the same intent is resent with its key, so it is still made once.
    if (!answered) {
      retries.failures += 1;
      await tryIt();
      continue;
    }
    // This very message, so a later one is not mistaken for it. A panel of the screen being left
    // may fail and go with it: then look again.
    const seen = await failure.elementHandle({ timeout: 1_000 }).catch(() => null);
    if (!seen) continue;
    retries.failures += 1;
    expect(await seen.textContent(), 'the failure says what to do').toMatch(/try again/i);
    await stillTyped();
    const tryAgain = failure.getByRole('button', { name: 'Try again' });
    if (await tryAgain.isVisible()) {
      // A screen that tried again by itself may already have taken the message away.
      await tryAgain.click({ timeout: 2_000 }).catch(() => {});
    } else {
      if (notice) await seen.waitForElementState('hidden', { timeout: 20_000 });
      await tryIt();
    }
    await expect
      .poll(async () => (await isDone(done)) || !(await seen.isVisible()), { timeout: 20_000 })
      .toBe(true);
  }
  throw new Error('Still failing after 12 tries');
}

/**
 * Waits for the screen to show a change already confirmed. The refresh that follows a change is
 * retried twice, then left as it was without a word; a user who does not see the change then
 * opens the screen again (`lookAgain`). Each time that was needed is counted as a failure met.
 */
export async function untilShown(
  retries: Retries,
  shown: Locator,
  lookAgain: () => Promise<void>,
): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const visible = await expect(shown)
      .toBeVisible({ timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
    if (visible) return;
    retries.failures += 1;
    await lookAgain();
  }
  await expect(shown).toBeVisible();
}

/** Opens another tab of the workspace and comes back, so the tab loads afresh. */
export async function reopenTab(
  page: Page,
  retries: Retries,
  tab: string,
  loaded: Locator,
): Promise<void> {
  const other = page.getByRole('tab', { name: tab === 'Overview' ? 'Activity' : 'Overview' });
  await other.click();
  await expect(other).toHaveAttribute('aria-selected', 'true');
  await openTab(page, retries, tab, loaded);
}

/** Finds a patient from the Patients screen and opens their workspace (Overview). */
export async function openRecord(page: Page, retries: Retries, fullName: string): Promise<void> {
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
}

/** Opens a tab of the open workspace, trying again while it fails to load. */
export async function openTab(
  page: Page,
  retries: Retries,
  tab: string,
  loaded: Locator,
): Promise<void> {
  await page.getByRole('tab', { name: tab }).click();
  await untilDone(page, retries, loaded, async () => {});
}

/** The Outbox's emails with this subject to this address (the Outbox itself never fails). */
export async function outboxEmails(page: Page, subject: string, to: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  return page.getByRole('article', { name: `${subject} to ${to}` });
}

/** The workspace's Activity rows for one kind of change, to count how often it was made. */
export async function activityRows(page: Page, retries: Retries, action: string): Promise<Locator> {
  await openTab(page, retries, 'Activity', page.getByRole('heading', { name: 'Activity' }));
  const section = page.getByRole('region', { name: 'Activity' });
  // A list shown from memory refreshes (busy); when the refresh fails, it says so: try again.
  const stale = section.getByRole('alert').filter({ hasText: 'This list may be out of date' });
  for (let attempt = 0; attempt < 5; attempt++) {
    await expect(section).toHaveAttribute('aria-busy', 'false', { timeout: 45_000 });
    if (!(await stale.isVisible())) break;
    retries.failures += 1;
    await stale.getByRole('button', { name: 'Try again' }).click();
    // It goes while the list loads again (three tries, seconds apart).
    await expect(stale).toBeHidden();
  }
  await expect(stale).toBeHidden();
  const rows = section.getByRole('row');
  await expect(rows.first()).toBeVisible();
  return rows.filter({ has: page.getByRole('cell', { name: action, exact: true }) });
}
