import { z } from 'zod';
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
import { emailAddress } from './email';

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
  email: z.string().nullable(),
  phone: z.string().nullable(),
  portalStatus: portalStatusSchema,
  /** State of the newest access code, or null when none was ever issued. */
  accessCodeState: accessCodeStateSchema.nullable(),
  /** The email on file reached the wrong person or bounced; null when nothing is known against it. */
  emailProblem: emailProblemSchema.nullable(),
  /** A language code ("es"): the patient's letters, emails and portal pages are in it. */
  preferredLanguage: languageCode,
});
export type PatientSummary = z.infer<typeof patientSummarySchema>;

export const addressSchema = z.object({
  line1: z.string(),
  city: z.string(),
  postalCode: z.string(),
});

export const patientSchema = patientSummarySchema.extend({
  sex: z.enum(['female', 'male', 'other', 'unknown']),
  address: addressSchema.nullable(),
  portalAccountId: z.string().nullable(),
  /** Whole years on the server's date (the demo clock can be moved, the browser's cannot). */
  age: z.number().int().min(0),
  /** Optimistic concurrency: a write with an older version gets 409. */
  version: z.number().int().min(1),
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
}).refine((q) => q.length === 0 || /[\p{L}\p{N}]/u.test(q), {
  error:
    'Search text needs at least one letter or digit: type a name, date of birth, MRN, email or phone.',
});

export const patientSearchSchema = requestObject({
  q: patientSearchText.optional(),
  page: pageField,
  pageSize: pageSizeField(50),
});
export type PatientSearch = z.infer<typeof patientSearchSchema>;

/** The one email rule (see email.ts): RFC 5321 lengths, punycode domains, plain messages. */
const emailField = emailAddress('Email address');

export { emailField };
