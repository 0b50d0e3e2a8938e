import { z } from 'zod';
import { isoDateTime } from './common';

/** An email the mock clinic "sent": what the patient would see in their inbox. */
export const outboxEmailSchema = z.object({
  id: z.string(),
  to: z.string(),
  subject: z.string(),
  body: z.string(),
  buttonLabel: z.string().nullable(),
  /** Path inside the app (patient-portal simulator) the email's button opens. */
  link: z.string().nullable(),
  sentAt: isoDateTime,
  patientId: z.string().nullable(),
  deliveryStatus: z.enum(['sent', 'delivered', 'bounced']),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

export const outboxSchema = z.object({ now: isoDateTime, emails: z.array(outboxEmailSchema) });

export const advanceClockRequestSchema = z.object({
  days: z.number().int().min(1, { error: 'Advance by at least 1 day.' }).max(30),
});
