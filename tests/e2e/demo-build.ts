import { TEST_PATIENTS } from '../../mocks/runtime';
import { E2E_TIME_ZONE } from './clinic-zone';

/**
 * The demo build the end-to-end suite runs against. The journeys need the named people, not 8,000
 * others: a small clinic seeds and reloads at once (the demo's scale has its own bench,
 * tests/bench/demo-start.mjs). The build is told the clinic's zone, so the mock clinic's worker
 * keeps the browser's dates.
 */
export const E2E_DEMO_ENV = {
  VITE_DEMO_PATIENTS: String(TEST_PATIENTS),
  VITE_CLINIC_TIME_ZONE: E2E_TIME_ZONE,
};

// `npx tsx tests/e2e/demo-build.ts` builds it into dist-demo ahead of the suite: CI does, while
// the lint finishes on the other core, then runs the suite with E2E_PREBUILT=1.
if (process.argv[1]?.endsWith('demo-build.ts')) {
  Object.assign(process.env, E2E_DEMO_ENV);
  const { build } = await import('vite');
  await build({ mode: 'demo', logLevel: 'warn' });
}
