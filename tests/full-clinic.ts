import { afterAll, beforeAll } from 'vitest';
import { resetDb } from '../mocks/db';
import { DEMO_PATIENTS, runtime, TEST_PATIENTS } from '../mocks/runtime';

/** For a test file about scale: every test in it starts from the demo's full-size clinic. */
export function useFullClinic(): void {
  beforeAll(() => {
    runtime.seedPatients = DEMO_PATIENTS;
    resetDb();
  });
  afterAll(() => {
    runtime.seedPatients = TEST_PATIENTS;
  });
}
