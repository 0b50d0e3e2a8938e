import { z } from 'zod';
import { isoDate, paginated } from './common';

export const portalStatusSchema = z.enum(['none', 'limited', 'full']);
export type PortalStatus = z.infer<typeof portalStatusSchema>;

export const accessCodeStateSchema = z.enum(['active', 'redeemed', 'expired', 'revoked']);
export type AccessCodeState = z.infer<typeof accessCodeStateSchema>;

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
  preferredLanguage: z.string(),
  portalAccountId: z.string().nullable(),
  /** Whole years on the server's date (the demo clock can be moved, the browser's cannot). */
  age: z.number().int().min(0),
  /** Optimistic concurrency: a write with an older version gets 409. */
  version: z.number().int().min(1),
});
export type Patient = z.infer<typeof patientSchema>;

export const patientPageSchema = paginated(patientSummarySchema);

export const PATIENT_PAGE_SIZES = [10, 25, 50] as const;

export const patientSearchSchema = z.object({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).optional(),
  pageSize: z.coerce.number().int().min(1).max(50).optional(),
});
export type PatientSearch = z.infer<typeof patientSearchSchema>;

const emailField = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ error: 'Email must look like name@example.com.' }));

export const updateContactRequestSchema = z.object({
  email: emailField.nullable(),
  phone: z
    .string()
    .trim()
    .regex(/^[0-9+()\-. ]{7,20}$/, { error: 'Phone must be 7 to 20 digits, like 555-0142.' })
    .nullable(),
  version: z.number().int().min(1),
});
export type UpdateContactRequest = z.infer<typeof updateContactRequestSchema>;

export { emailField };
