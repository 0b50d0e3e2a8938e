import { defineConfig } from '@playwright/test';
import { E2E_TIME_ZONE } from './tests/e2e/clinic-zone';

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
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // Each test opens a fresh browser context, whose mock clinic seeds itself in a worker first.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    // The browser's zone is the clinic's: dates on screen never depend on the machine's TZ.
    timezoneId: E2E_TIME_ZONE,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npm run demo -- --port ${PORT} --strictPort`,
    env: { VITE_CLINIC_TIME_ZONE: E2E_TIME_ZONE },
    url: `http://localhost:${PORT}/sign-in`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
