/** The demo clinic's ordinary patients, beside the named people. */
export const DEMO_PATIENTS = 8000;
/** The test clinic's: enough for lists and paging, small enough to copy before every test. */
export const TEST_PATIENTS = 300;

/** What differs between the browser clinic (persisted, today's date) and the test clinic. */
export const runtime = {
  /** The clock a fresh seed starts at. Tests keep the fixed TEST_NOW. */
  seedNow: (): string | undefined => undefined,
  /** How many ordinary patients a seed holds (the demo can ask for more, to show it scales). */
  seedPatients: DEMO_PATIENTS,
  /**
   * Tests reset to the seed before every test, so a pristine copy is kept and cloned. The browser
   * clinic seeds once and rarely resets: it skips the copy, which costs a good part of its start.
   */
  keepPristineSeed: true,
  /** Called after Reset demo data, so the browser can clear its saved copy. */
  onReset: (): void => {},
  /** Saves what the last request changed; the answer waits for it. Tests keep nothing. */
  persist: (): Promise<void> => Promise.resolve(),
};
