import * as z from 'zod/mini';
import { patientSearchText } from '../api/contract/patient';

/**
 * What was searched on the Patients screen. A name, date of birth, email or phone is patient
 * data, so it stays out of the URL and out of the tab's history entries (the browser keeps those,
 * even after sign-out). History entries carry only an opaque key; the text itself lives in this
 * module's memory, so Back and Forward bring a search back, a reload forgets it and sign-out
 * clears it.
 */
export const patientSearchStateSchema = z.object({
  q: patientSearchText,
  page: z.optional(z.number().check(z.int(), z.minimum(1))),
});
export type PatientSearchState = z.infer<typeof patientSearchStateSchema>;

declare module '@tanstack/history' {
  interface HistoryState {
    patientSearchKey?: string;
  }
}

const searches = new Map<string, PatientSearchState>();
let counter = 0;

/** Keeps a search in memory; put the returned state in the navigation. */
export function rememberPatientSearch(search: PatientSearchState): { patientSearchKey: string } {
  counter += 1;
  const key = `search-${counter}`;
  searches.set(key, search);
  return { patientSearchKey: key };
}

export function readPatientSearch(state: unknown): PatientSearchState | null {
  const key = (state as { patientSearchKey?: unknown } | undefined)?.patientSearchKey;
  return typeof key === 'string' ? (searches.get(key) ?? null) : null;
}

/** Sign-out: no search text survives for the next person at this browser. */
export function forgetPatientSearches(): void {
  searches.clear();
}
