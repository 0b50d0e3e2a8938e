import { expect, test, type Page } from '@playwright/test';

// The mock clinic answers a change only once it is saved: a reload the instant the answer
// arrives must keep it. Each check reloads as soon as the change's answer reaches the page, and
// repeats, since a lost save shows only some of the time.

function answerTo(page: Page, method: string, path: string) {
  return page.waitForResponse(
    (r) => r.request().method() === method && new URL(r.url()).pathname === `/api/v1${path}`,
  );
}

async function demoClock(page: Page): Promise<string> {
  const clock = page.getByText(/^Demo clock:/);
  await expect(clock).toBeVisible();
  return (await clock.textContent()) ?? '';
}

test('a sign-in followed at once by a reload stays signed in, every time', async ({ page }) => {
  await page.goto('/sign-in');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    const signedIn = answerTo(page, 'POST', '/session');
    await page.getByRole('button', { name: 'Sign in as Front desk' }).click();
    expect((await signedIn).status()).toBe(200);
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Today' }),
      `signed in after reload ${attempt}`,
    ).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByRole('button', { name: 'Sign in as Front desk' })).toBeVisible();
  }
});

test('a change answered as done survives an immediate reload, and so does Reset demo data', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await page.getByRole('button', { name: 'Sign in as Front desk' }).click();
  await page.getByRole('link', { name: 'Outbox (demo)' }).click();
  const seeded = await demoClock(page);

  for (let attempt = 1; attempt <= 3; attempt += 1) {
    const before = await demoClock(page);
    const advanced = answerTo(page, 'POST', '/_mock/clock');
    await page.getByRole('button', { name: 'Advance clock 5 days' }).click();
    expect((await advanced).status()).toBe(200);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
    expect(await demoClock(page), `clock kept after reload ${attempt}`).not.toBe(before);
  }
  const moved = await demoClock(page);

  // A second tab of the same browser sees the same clinic.
  const second = await page.context().newPage();
  await second.goto('/outbox');
  expect(await demoClock(second)).toBe(moved);
  await second.close();

  await page.getByRole('button', { name: 'Reset demo data' }).click();
  const reset = answerTo(page, 'POST', '/_mock/reset');
  await page.getByRole('button', { name: 'Yes, reset' }).click();
  expect((await reset).status()).toBe(200);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  expect(await demoClock(page)).toBe(seeded);
});

test('failed sign-ins count across restarts: the 5th says how long to wait, and all are audited', async ({
  page: firstPage,
  context,
}) => {
  let page = firstPage;
  await page.goto('/sign-in?latency=0');
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await page.getByLabel('Work email').fill('frontdesk@clinic.example');
    await page.getByLabel('Password', { exact: true }).fill(`wrong-${attempt}`);
    const refused = answerTo(page, 'POST', '/session');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    if (attempt < 5) {
      expect((await refused).status()).toBe(401);
      await expect(page.getByRole('alert')).toContainText('Email or password is not right');
      // The only tab closes, so the demo clinic stops; opened again, it starts from its saved
      // copy, count and all. (A reload can keep the clinic running, and would prove nothing.)
      await page.close();
      page = await context.newPage();
      await page.goto('/sign-in?latency=0');
      continue;
    }
    // The 5th failure in a row, however many restarts between: wait, in plain words.
    const answer = await refused;
    expect(answer.status()).toBe(429);
    expect(answer.headers()['retry-after']).toBe('30');
    await expect(page.getByRole('alert')).toContainText('Too many tries');
    await expect(page.getByRole('alert')).toContainText(
      'For your safety, please wait 30 seconds. Then try again.',
    );
  }
  await page.getByRole('button', { name: 'Sign in as Clinic manager' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await page.goto('/audit?action=sign-in-failed');
  await expect(page.getByRole('status').filter({ hasText: /^\d+ events?$/ })).toHaveText(
    '5 events',
  );
});
