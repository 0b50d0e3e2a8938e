import * as z from 'zod/mini';

export const staffRoleSchema = z.enum(['front_desk', 'patient_experience', 'clinic_manager']);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const staffUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: staffRoleSchema,
});
export type StaffUser = z.infer<typeof staffUserSchema>;

/** The session itself travels only as an HttpOnly cookie: the answer never carries a token. */
export const sessionSchema = z.object({ user: staffUserSchema });
export type Session = z.infer<typeof sessionSchema>;

export const currentSessionSchema = z.object({ user: staffUserSchema });
