import * as z from 'zod/mini';
import {
  isoDate,
  isoDateTime,
  languageCode,
  pageField,
  pageSizeField,
  paginated,
  plainText,
  requestObject,
} from './common';

export const portalStatusSchema = z.enum(['none', 'limited', 'full']);
export type PortalStatus = z.infer<typeof portalStatusSchema>;

/** `locked`: too many wrong codes were typed on its link; it never opens (send a new link). */
export const accessCodeStateSchema = z.enum(['active', 'redeemed', 'expired', 'revoked', 'locked']);
export type AccessCodeState = z.infer<typeof accessCodeStateSchema>;

/**
 * Why the email on file should not be used as it is: access was revoked because a link sent to it
 * reached the wrong person (until the email is corrected), or the newest email to it bounced.
 */
export const emailProblemSchema = z.object({
  kind: z.enum(['wrong_person', 'bounced']),
  /** The address the problem is about: the email on file. */
  email: z.string(),
  /** When access was revoked, or when the bounced email was sent. */
  at: isoDateTime,
  /** Who revoked access, or who sent the email that bounced. */
  byName: z.string(),
});
export type EmailProblem = z.infer<typeof emailProblemSchema>;

export const patientSummarySchema = z.object({
  id: z.string(),
  mrn: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  dateOfBirth: isoDate,
  email: z.nullable(z.string()),
  phone: z.nullable(z.string()),
  portalStatus: portalStatusSchema,
  /** State of the newest access code, or null when none was ever issued. */
  accessCodeState: z.nullable(accessCodeStateSchema),
  /** The email on file reached the wrong person or bounced; null when nothing is known against it. */
  emailProblem: z.nullable(emailProblemSchema),
  /** A language code ("es"): the patient's letters, emails and portal pages are in it. */
  preferredLanguage: languageCode,
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;

export const addressSchema = z.object({
  line1: z.string(),
  city: z.string(),
  postalCode: z.string(),
});

export const patientSchema = z.extend(patientSummarySchema, {
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  address: z.nullable(addressSchema),
  portalAccountId: z.nullable(z.string()),
  /** Whole years on the server's date (the demo clock can be moved, the browser's cannot). */
  age: z.number().check(z.int(), z.minimum(0)),
  /** Optimistic concurrency: a write with an older version gets 409. */
  version: z.number().check(z.int(), z.minimum(1)),
});
export type Patient = z.infer<typeof patientSchema>;

export const patientPageSchema = paginated(patientSummarySchema);

export const PATIENT_PAGE_SIZES = [10, 25, 50] as const;

export const PATIENT_SEARCH_MAX = 100;

/**
 * What staff may search for. Text with no letter or digit ("." or "--") would match everyone, and
 * a longer text than any name, email or phone is a paste gone wrong: both are refused with why.
 */
export const patientSearchText = plainText('Search text', {
  min: 1,
  max: PATIENT_SEARCH_MAX,
  multiline: false,
}).check(
  z.refine((q) => q.length === 0 || /[\p{L}\p{N}]/u.test(q), {
    error:
      'Search text needs at least one letter or digit: type a name, date of birth, MRN, email or phone.',
  }),
);

export const patientSearchSchema = requestObject({
  q: z.optional(patientSearchText),
  page: pageField,
  pageSize: pageSizeField(50),
});
export type PatientSearch = z.infer<typeof patientSearchSchema>;
