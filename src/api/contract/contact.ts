import { z } from 'zod';
import { textTypeError, versionField, requestObject } from './common';
import { emailField } from './email';

// A patient's contact details as staff correct them. Apart from the patient schemas, so the
// screens that only read records (search, the first screen) do not load these rules.

/**
 * Staff saw the readable form of a lookalike domain (xn--exmple-4nf.com shown as exаmple.com) and
 * checked it with the patient. The API refuses such an address without it.
 */
export const confirmedLookalikeDomainField = z
  .boolean({ error: 'Confirm the lookalike domain must be true or false.' })
  .optional();

/** A phone number as staff type it: a patient's, or a care partner's. */
export const phoneField = z
  .string({ error: textTypeError('Phone') })
  .max(100, { error: 'Phone must be 7 to 20 digits, like 555-0142.' })
  .trim()
  .regex(/^[0-9+()\-. ]{7,20}$/, { error: 'Phone must be 7 to 20 digits, like 555-0142.' });

export const updateContactRequestSchema = requestObject({
  email: z.nullable(emailField),
  phone: phoneField.nullable(),
  /** Needed when the email's domain only looks familiar, as for Send Access Link. */
  confirmedLookalikeDomain: confirmedLookalikeDomainField,
  version: versionField,
});
export type UpdateContactRequest = z.infer<typeof updateContactRequestSchema>;
