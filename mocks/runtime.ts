/** What differs between the browser clinic (persisted, today's date) and the test clinic. */
export const runtime = {
  /** The clock a fresh seed starts at. Tests keep the fixed TEST_NOW. */
  seedNow: (): string | undefined => undefined,
  /** Called after Reset demo data, so the browser can clear its saved copy. */
  onReset: (): void => {},
};
