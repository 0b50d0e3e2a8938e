import { patientSchema } from './contract/patient';
import { ApiError } from './errors';

/** The record as it is now, when a change was refused because someone else changed it (409). */
export function stalePatient(error: unknown) {
  if (!(error instanceof ApiError) || error.type !== 'stale-version') return undefined;
  return patientSchema.safeParse(error.current).data;
}
