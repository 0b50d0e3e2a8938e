import { z } from 'zod';
import {
  isoDateTime,
  languageCode,
  plainText,
  recordId,
  versionField,
  requestObject,
} from './common';
import { emailField } from './email';
import { accessCodeStateSchema, patientSchema } from './patient';
import { confirmedLookalikeDomainField } from './contact';
import { portalAccountSchema } from './portal-account';

/** Unambiguous alphabet: no 0/O, no 1/I, so a code read aloud or printed cannot be misread. */
export const ACCESS_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
export const ACCESS_CODE_LENGTH = 8;
export const ACCESS_CODE_VALID_DAYS = 5;

export const accessCodeSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  /** Only the last two characters are shown; Reveal returns the rest and is audited. */
  maskedCode: z.string(),
  state: accessCodeStateSchema,
  issuedAt: isoDateTime,
  expiresAt: isoDateTime,
  issuedByName: z.string(),
  redeemedAt: z.nullable(isoDateTime),
  revokedAt: z.nullable(isoDateTime),
  /** Why it stopped working when it was revoked: "replaced" or the revoke reason. */
  revokedReason: z.string().nullable(),
  /** When its link was locked after too many wrong codes (state `locked`). */
  lockedAt: z.nullable(isoDateTime),
});
export type AccessCode = z.infer<typeof accessCodeSchema>;

export const deliverySchema = z.object({
  id: z.string(),
  codeId: z.string(),
  channel: z.enum(['email', 'print']),
  to: z.string().nullable(),
  at: isoDateTime,
  byName: z.string(),
  status: z.enum(['sent', 'delivered', 'bounced', 'printed']),
  /** The language the email or letter was in ("es"). */
  language: languageCode,
});
export type Delivery = z.infer<typeof deliverySchema>;

/** A Revoke Access, as the tab's history lists it. */
export const revocationSchema = z.object({
  id: z.string(),
  at: isoDateTime,
  byName: z.string(),
  /** The reason in words ("Sent to the wrong person", or the text given for Other). */
  reason: z.string(),
  /** The reason said the address was wrong: the email on file then must not be used again. */
  wrongAddress: z.boolean(),
  /** The email on file when access was revoked. */
  email: z.string().nullable(),
});
export type Revocation = z.infer<typeof revocationSchema>;

/** Everything the Medical Access Code tab shows, as of the server's clock. */
export const accessStatusSchema = z.object({
  asOf: isoDateTime,
  patient: patientSchema,
  account: portalAccountSchema.nullable(),
  code: accessCodeSchema.nullable(),
  deliveries: z.array(deliverySchema),
  /** Every Revoke Access of this record, newest first. */
  revocations: z.array(revocationSchema),
});
export type AccessStatus = z.infer<typeof accessStatusSchema>;

export const requestAccessCodeSchema = requestObject({
  /** Must be true when an active code exists: its link will stop working. */
  confirmReplace: z.boolean({ error: 'Confirm replace must be true or false.' }),
});

/** The code shown, and which code it is: the screen may meanwhile have refreshed to it. */
export const revealedCodeSchema = z.object({ codeId: z.string(), code: z.string() });

/** Asked with POST so the address never appears in a URL (server logs, proxies). */
export const emailCheckRequestSchema = requestObject({
  email: emailField,
});

export const emailCheckSchema = z.object({
  /** Other patients, outside this patient's family, who have this address on file. */
  onFileFor: z.array(z.object({ patientId: z.string(), name: z.string() })),
  /** For a patient aged 12–17: the parent or guardian whose address this is. */
  guardianName: z.string().nullable(),
});
export type EmailCheck = z.infer<typeof emailCheckSchema>;

export const sendAccessLinkRequestSchema = requestObject({
  email: emailField,
  /** Staff read the address back to the patient; the API refuses a send without it. */
  confirmedWithPatient: z.literal(true, { error: 'Confirm the email address with the patient.' }),
  confirmedLookalikeDomain: confirmedLookalikeDomainField,
  /** Patient version the dialog was opened with; a changed email is saved against it (409 if stale). */
  version: versionField,
  /** With no active code, issue one first (the one-dialog path). */
  issueCodeIfNone: z.boolean({ error: 'Issue a code if none must be true or false.' }),
  /** This send only: the email's language when not the patient's preferred one. */
  language: z.optional(languageCode),
  /**
   * Staff saw that this link went to this address less than a minute ago and send it again on
   * purpose. Without it, such a send answers with the first one and emails nothing.
   */
  sendAgain: z.boolean({ error: 'Send again must be true or false.' }).optional(),
});
export type SendAccessLinkRequest = z.infer<typeof sendAccessLinkRequestSchema>;

export const sendAccessLinkResultSchema = z.object({
  delivery: deliverySchema,
  code: accessCodeSchema,
  /**
   * Set when nothing was sent: the same link went to the same address less than a minute before
   * (a second press, another tab), and `delivery` is that send.
   */
  alreadySentAt: z.nullable(isoDateTime),
});

export const printLetterSchema = z.object({
  /** The code printed on this letter: the print is recorded against it. */
  codeId: z.string(),
  patientName: z.string(),
  code: z.string(),
  portalUrl: z.string(),
  link: z.string(),
  expiresAt: isoDateTime,
  /** The patient's preferred language: the letter is printed in it unless staff pick another. */
  preferredLanguage: languageCode,
});
export type PrintLetter = z.infer<typeof printLetterSchema>;

/** Staff said the letter came out of the printer: record that print, once per print. */
export const recordPrintRequestSchema = requestObject({
  codeId: recordId('Code on the letter'),
  /** The language the letter was printed in. */
  language: z.optional(languageCode),
});
export type RecordPrintRequest = z.infer<typeof recordPrintRequestSchema>;

export const REVOKE_REASONS = {
  wrong_person: 'Sent to the wrong person',
  no_longer_needed: 'No longer needed',
  patient_asked: 'Patient asked',
  other: 'Other',
} as const;

export const revokeAccessRequestSchema = requestObject({
  reason: z.enum(['wrong_person', 'no_longer_needed', 'patient_asked', 'other'], {
    error: 'Choose a reason for revoking access.',
  }),
  otherText: z.optional(plainText('Reason', { max: 500 })),
}).check(
  z.refine((v) => v.reason !== 'other' || (v.otherText?.length ?? 0) >= 3, {
    path: ['otherText'],
    error: 'Describe the reason (at least 3 characters).',
  }),
);
export type RevokeAccessRequest = z.infer<typeof revokeAccessRequestSchema>;
