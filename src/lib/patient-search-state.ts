import { z } from 'zod';

/**
 * What was searched on the Patients screen. It lives in the tab's history state, not in the URL:
 * a name, date of birth, email or phone is patient data, and URLs end up in server logs,
 * bookmarks and shared links. Back and Forward still bring a search back.
 */
export const patientSearchStateSchema = z.object({
  q: z.string().trim().min(1).max(100),
  page: z.number().int().min(1).optional(),
});
export type PatientSearchState = z.infer<typeof patientSearchStateSchema>;

declare module '@tanstack/history' {
  interface HistoryState {
    patientSearch?: PatientSearchState;
  }
}

export function readPatientSearch(state: unknown): PatientSearchState | null {
  const parsed = patientSearchStateSchema.safeParse(
    (state as { patientSearch?: unknown } | undefined)?.patientSearch,
  );
  return parsed.success ? parsed.data : null;
}
