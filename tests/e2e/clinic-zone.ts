/**
 * The clinic's time zone for the end-to-end suite: the browser runs in it (Playwright's
 * timezoneId) and the demo build is told it (VITE_CLINIC_TIME_ZONE, which the mock clinic's
 * worker reads too), so the suite sees the same dates whatever the machine's zone.
 */
export const E2E_TIME_ZONE = 'America/Los_Angeles';
