import { runtime, TEST_PATIENTS } from '../mocks/runtime';

/**
 * Runs before any test file imports the clinic: tests seed a small clinic (the named people and a
 * few hundred others), so each test's fresh copy is cheap. The few tests about scale (search over
 * thousands, paging) ask for the demo's full size with `useFullClinic()` (tests/full-clinic.ts).
 */
runtime.seedPatients = TEST_PATIENTS;
