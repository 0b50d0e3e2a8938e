import { z } from 'zod';
import {
  isoDate,
  isoDateTime,
  languageCode,
  paginated,
  plainText,
  requestObject,
  versionField,
} from './common';
import { emailField } from './email';

const recordId = z
  .string({ error: 'Choose a record.' })
  .min(1, { error: 'Choose a record.' })
  .regex(/^[A-Za-z0-9_-]{1,64}$/, {
    error: 'Record is not a valid record id. Choose the record from the list again.',
  });

/** Where a record is now, as the flow's rows show it. */
export const recordLocationSchema = z.enum([
  'no_account',
  'own_account',
  'this_account',
  'other_account',
]);

/** One record the flow could link: enough to tell two children apart at the desk. */
export const linkingCandidateSchema = z.object({
  patientId: z.string(),
  name: z.string(),
  age: z.number().int().min(0),
  dateOfBirth: isoDate,
  mrn: z.string(),
  email: z.string().nullable(),
  location: recordLocationSchema,
  /** The email of the account holding the record, when it is held by one. */
  heldBy: z.string().nullable(),
  /** Suggested because it is in the same household. */
  household: z.boolean(),
});
export type LinkingCandidate = z.infer<typeof linkingCandidateSchema>;

export const linkingItemStateSchema = z.enum([
  'not_sent',
  'sent',
  'delivered',
  'bounced',
  'linked',
  'expired',
  'revoked',
  'linked_elsewhere',
  'locked',
]);
export type LinkingItemState = z.infer<typeof linkingItemStateSchema>;

export const LEGAL_AUTHORITY_TYPES = {
  guardianship: 'Guardianship',
  healthcare_poa: 'Healthcare power of attorney',
} as const;

export const legalAuthoritySchema = z.object(
  {
    type: z.enum(['guardianship', 'healthcare_poa'], {
      error: 'Choose the legal authority: guardianship or healthcare power of attorney.',
    }),
    documentDate: z.iso.date({ error: 'Enter the date of the legal document.' }),
    expiresOn: z.iso
      .date({ error: 'Enter when the legal authority ends, or leave it empty.' })
      .nullable(),
  },
  { error: 'Legal authority: choose its type and enter the date of the legal document.' },
);

export const linkingItemSchema = linkingCandidateSchema.omit({ household: true }).extend({
  /** The item's own id: a record revoked and added again has a new item, with a new id. */
  id: z.string(),
  state: linkingItemStateSchema,
  /** Already in the account when it was added: done, never sent. */
  alreadyLinked: z.boolean(),
  version: z.number().int().min(1),
  /** Why a 12–17 record or an overridden adult record is linked anyway (audited). */
  reason: z.string().nullable(),
  override: legalAuthoritySchema.nullable(),
  sentTo: z.string().nullable(),
  sentAt: z.nullable(isoDateTime),
  /** The language the last email for this record was in ("es"). */
  sentLanguage: z.nullable(languageCode),
  expiresAt: z.nullable(isoDateTime),
  linkedAt: z.nullable(isoDateTime),
});
export type LinkingItem = z.infer<typeof linkingItemSchema>;

export const linkingRequestSchema = z.object({
  id: z.string(),
  asOf: isoDateTime,
  status: z.enum(['open', 'completed']),
  createdAt: isoDateTime,
  createdByName: z.string(),
  holder: z.object({
    patientId: z.string(),
    name: z.string(),
    email: z.string(),
    access: z.enum(['limited', 'full']),
    /** The account holder's preferred language: the emails go out in it when it has texts. */
    preferredLanguage: languageCode,
    /** The records the account holds right now. */
    records: z.array(z.object({ patientId: z.string(), name: z.string() })),
  }),
  items: z.array(linkingItemSchema),
  /** Staff confirmed (or skipped) the email changes: the flow moves on to sending. */
  emailsReviewedAt: z.nullable(isoDateTime),
  linkedCount: z.number().int().min(0),
});
export type LinkingRequest = z.infer<typeof linkingRequestSchema>;

export const linkingRequestSummarySchema = z.object({
  id: z.string(),
  createdAt: isoDateTime,
  createdByName: z.string(),
  holderName: z.string(),
  holderPatientId: z.string(),
  total: z.number().int().min(0),
  linked: z.number().int().min(0),
  patientIds: z.array(z.string()),
});
export type LinkingRequestSummary = z.infer<typeof linkingRequestSummarySchema>;
export const linkingRequestPageSchema = paginated(linkingRequestSummarySchema);

export const linkingListQuerySchema = requestObject({
  /** Only the open requests that include this record (the workspace notice). */
  patientId: recordId.optional(),
  /** Open (the default) or done: the finished ones, newest first. */
  status: z.enum(['open', 'done'], { error: 'Status must be open or done.' }).optional(),
});

export const startLinkingRequestSchema = requestObject({
  holderPatientId: recordId,
});
export type StartLinkingRequest = z.infer<typeof startLinkingRequestSchema>;

export const holderOptionsSchema = z.object({
  options: z.array(
    linkingCandidateSchema.extend({
      accountEmail: z.string().nullable(),
      access: z.enum(['limited', 'full']).nullable(),
      records: z.array(z.object({ patientId: z.string(), name: z.string() })),
    }),
  ),
});
export type HolderOption = z.infer<typeof holderOptionsSchema>['options'][number];

export const candidateSearchSchema = requestObject({
  q: z.optional(plainText('Search', { max: 100, multiline: false })),
});
export const candidateListSchema = z.object({ candidates: z.array(linkingCandidateSchema) });

export const addLinkingRecordSchema = z.object(
  {
    patientId: recordId,
    reason: z.nullable(plainText('Reason', { min: 10, max: 500 })),
    override: legalAuthoritySchema.nullable(),
  },
  { error: 'Choose a record to link.' },
);
export const addLinkingRecordsSchema = requestObject({
  records: z
    .array(addLinkingRecordSchema, { error: 'Choose at least one record to link.' })
    .min(1, { error: 'Choose at least one record to link.' })
    .max(12, { error: 'Link at most 12 records in one request.' }),
});
export type AddLinkingRecords = z.infer<typeof addLinkingRecordsSchema>;

export const reviewEmailsSchema = requestObject({
  /** Records whose email becomes the account holder's, each against the version shown. */
  changes: z
    .array(
      z.object(
        { patientId: recordId, version: versionField },
        { error: 'Choose the records whose email changes.' },
      ),
      { error: 'Choose the records whose email changes, or none.' },
    )
    .max(12, { error: 'Change at most 12 emails at once.' }),
});
export type ReviewEmails = z.infer<typeof reviewEmailsSchema>;

export const resendLinkSchema = requestObject({
  email: emailField,
  confirmedWithPatient: z.literal(true, { error: 'Confirm the email address with the patient.' }),
  version: versionField,
});
export type ResendLink = z.infer<typeof resendLinkSchema>;

export const revokeLinkingRecordSchema = requestObject({
  reason: plainText('Reason', { min: 3, max: 500 }),
});
export type RevokeLinkingRecord = z.infer<typeof revokeLinkingRecordSchema>;
