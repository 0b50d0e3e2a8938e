/** Whether this build runs on the built-in mock clinic. Replaced at build time, so code behind
 * `if (mockApiEnabled)` is dropped from the normal build. */
export const mockApiEnabled = import.meta.env.VITE_MOCK_API === 'true';

export const apiBaseUrl = (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '/api/v1';

/**
 * The clinic's IANA time zone (e.g. "America/Los_Angeles") where its machines are set to another
 * one; empty means the browser's own. Read at each call, so a test can set it with vi.stubEnv;
 * a build replaces it with a constant. lib/clinic-time.ts validates it.
 */
export function clinicTimeZoneSetting(): string {
  return (import.meta.env.VITE_CLINIC_TIME_ZONE as string | undefined)?.trim() ?? '';
}

/** The clinic's name and help phone number, printed on patient letters. Set per clinic at build. */
export function clinicContactSetting(): { name: string; phone: string } {
  const read = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  return {
    name: read(import.meta.env.VITE_CLINIC_NAME) || 'Your clinic',
    phone: read(import.meta.env.VITE_CLINIC_PHONE),
  };
}
