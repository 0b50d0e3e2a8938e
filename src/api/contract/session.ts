import { z } from 'zod';

export const staffRoleSchema = z.enum(['front_desk', 'patient_experience', 'clinic_manager']);
export type StaffRole = z.infer<typeof staffRoleSchema>;

export const staffUserSchema = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  role: staffRoleSchema,
});
export type StaffUser = z.infer<typeof staffUserSchema>;

export const signInRequestSchema = z.object({
  email: z.email({ error: 'Enter your work email, like name@clinic.example.' }),
  password: z.string().min(1, { error: 'Enter your password.' }),
});
export type SignInRequest = z.infer<typeof signInRequestSchema>;

export const sessionSchema = z.object({ token: z.string(), user: staffUserSchema });
export type Session = z.infer<typeof sessionSchema>;

export const currentSessionSchema = z.object({ user: staffUserSchema });
