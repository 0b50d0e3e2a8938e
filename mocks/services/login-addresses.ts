import { sameEmail } from '../../src/lib/email-domain';
import type { DbPatient } from '../db';
import type { Store } from './context';

/**
 * Whose address a new portal login may use. A login is made only for an address the person has
 * shown they can read (the clinic's email to it brought them here), and never for the address of
 * a patient on file, except through that patient's own Medical Records Access Link: otherwise
 * someone could take the address before its patient registers ("You already have a portal
 * account"), and the patient's own link would then lead into an account they do not control.
 */

/**
 * A patient on file whose email is `email`, other than the link's patient and those of the same
 * household (a family sharing one address, a parent or guardian); null when none. `linkPatientId`
 * null (an invitation): any patient with that email.
 */
export function otherPatientWithEmail(
  store: Store,
  email: string,
  linkPatientId: string | null,
): DbPatient | null {
  const linked = linkPatientId ? store.patients.find((p) => p.id === linkPatientId) : undefined;
  const household = (p: DbPatient) =>
    Boolean(linked) &&
    (p.id === linked!.id ||
      (p.familyId !== null && p.familyId === linked!.familyId) ||
      linked!.guardianIds.includes(p.id) ||
      p.guardianIds.includes(linked!.id));
  return store.patients.find((p) => sameEmail(p.email, email) && !household(p)) ?? null;
}
