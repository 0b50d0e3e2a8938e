import { defineConfig } from '@playwright/test';
import { E2E_TIME_ZONE } from './tests/e2e/clinic-zone';
import { E2E_DEMO_ENV } from './tests/e2e/demo-build';

// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4310);

/**
 * End-to-end tests in Debian's Chromium (never a downloaded browser) against the production
 * build served with the mock clinic on. Each test gets a fresh browser context, so the mock
 * clinic (saved in that context's IndexedDB) starts from the seed every time.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  // One journey per core: the suite is CPU-bound (Chromium, the clinic's worker, axe). Four at a
  // time made each journey about 2.5 times slower and the whole run no faster.
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Room for the longest journey on a busy machine (a CPU-heavy process beside the suite): a
  // passing test never waits for these, since every step waits for what the user sees.
  timeout: 300_000,
  expect: { timeout: 20_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // The browser's zone is the clinic's: dates on screen never depend on the machine's TZ.
    timezoneId: E2E_TIME_ZONE,
    // No dialog slides in under the pointer: a press on a checkbox while its dialog was still
    // moving was released beside it, and the click never happened (CI run 25, Aisha Khan). The
    // theme honours the setting, as it does for any user who asked for less motion.
    reducedMotion: 'reduce',
    // A trace costs a quarter of the suite's CPU, and CI keeps none: off there. Locally, kept for a
    // failed test, with the DOM at each step but no screencast (a third of the CPU on its own).
    trace: process.env.CI ? 'off' : { mode: 'retain-on-failure', screenshots: false },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      // Playwright turns the back-forward cache off; a clinic's Chrome has it on, and Back from
      // the portal simulator must keep working with it.
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        // The browser's own omnibox popup page, preloaded in a renderer of its own: 10% of the CPU.
        '--disable-features=WebUIOmniboxPopup,WebUIOmniboxFullPopup,WebUIOmniboxAimPopup',
      ],
    },
  },
  webServer: {
    // Built here, or (E2E_PREBUILT=1, as CI does) already built by tests/e2e/demo-build.ts.
    command: process.env.E2E_PREBUILT
      ? `npx vite preview --mode demo --port ${PORT} --strictPort`
      : `npm run demo -- --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/sign-in`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    // The named people in a small clinic, in the clinic's zone (see demo-build.ts).
    env: E2E_DEMO_ENV,
  },
});
