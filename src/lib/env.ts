/** Whether this build runs on the built-in mock clinic. Replaced at build time, so code behind
 * `if (mockApiEnabled)` is dropped from the normal build. */
export const mockApiEnabled = import.meta.env.VITE_MOCK_API === 'true';

export const apiBaseUrl = (import.meta.env.VITE_API_BASE_URL as string | undefined) ?? '/api/v1';
