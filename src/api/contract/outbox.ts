import { z } from 'zod';
import { isoDateTime, requestObject } from './common';

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

export const advanceClockRequestSchema = requestObject({
  days: z
    .number({ error: 'Days must be a number from 1 to 30.' })
    .int({ error: 'Days must be a whole number from 1 to 30.' })
    .min(1, { error: 'Advance by at least 1 day.' })
    .max(30, { error: 'Advance by at most 30 days.' }),
});

/** Demo tools: simulated network latency and failures, so the app's error paths can be tried. */
export const CHAOS_FAILURE_RATES = [0, 0.1, 0.3, 0.5] as const;
export const chaosSettingsSchema = requestObject({
  latencyMs: z
    .number({ error: 'Latency must be a number of milliseconds.' })
    .int({ error: 'Latency must be a whole number of milliseconds.' })
    .min(0, { error: 'Latency cannot be negative.' })
    .max(10_000, { error: 'Latency can be at most 10,000 ms.' }),
  failureRate: z
    .number({ error: 'Failure rate must be a number between 0 and 1.' })
    .min(0, { error: 'Failure rate cannot be negative.' })
    .max(1, { error: 'Failure rate can be at most 1 (every request fails).' }),
  /** Replays the same failures: with a seed, which requests fail is the same on every run. */
  seed: z
    .number({ error: 'Seed must be a whole number.' })
    .int({ error: 'Seed must be a whole number.' })
    .min(0, { error: 'Seed cannot be negative.' })
    .max(4_294_967_295, { error: 'Seed can be at most 4,294,967,295.' })
    .optional(),
});
export type ChaosSettings = z.infer<typeof chaosSettingsSchema>;
