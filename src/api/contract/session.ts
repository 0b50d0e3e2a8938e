import * as z from 'zod/mini';
import { requestObject } from './common';
import { emailAddress } from './email';

export const staffRoleSchema = z.enum(['front_desk', 'patient_experience', 'clinic_manager']);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const staffUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: staffRoleSchema,
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export const signInRequestSchema = requestObject({
  email: emailAddress('Your work email'),
  password: z
    .string({ error: 'Enter your password.' })
    .check(
      z.minLength(1, { error: 'Enter your password.' }),
      z.maxLength(1024, { error: 'Your password is too long: use at most 1024 characters.' }),
    ),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

/** The session itself travels only as an HttpOnly cookie: the answer never carries a token. */
export const sessionSchema = z.object({ user: staffUserSchema });
export type Session = z.infer<typeof sessionSchema>;

export const currentSessionSchema = z.object({ user: staffUserSchema });
