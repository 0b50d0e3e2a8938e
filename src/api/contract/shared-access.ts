import { z } from 'zod';
import {
  isoDate,
  isoDateTime,
  languageCode,
  paginated,
  personName,
  plainText,
  recordId,
  requestObject,
  versionField,
} from './common';
import { phoneField } from './contact';
import { emailAddress, emailField } from './email';
import { loginPassword, portalPasswordSchema } from './portal';
import {
  requestRouteSchema,
  requestStatusSchema,
  type RequestRoute,
  type RequestStatus,
} from './shared-access-query';

// The queue's filters live in their own small file: the route validates its address with them on
// every screen, without the rest of this contract.
export {
  REQUEST_ROUTES,
  REQUEST_STATUSES,
  requestQuerySchema,
  requestRouteSchema,
  requestStatusSchema,
  waitingCountSchema,
  type RequestQuery,
  type RequestRoute,
  type RequestStatus,
} from './shared-access-query';

/** A calendar date as YYYY-MM-DD, with a message naming the field. */
function dateField(field: string) {
  return z.iso.date({ error: `${field} must be a date like 2026-05-31.` });
}

// Shared access (proxy): a care partner gets their own login to chosen parts of a patient's record.

export const SCOPE_CATEGORIES = [
  'appointments',
  'visit_notes',
  'test_results',
  'medications',
  'messaging',
  'billing',
  'documents',
] as const;
export const scopeCategorySchema = z.enum(SCOPE_CATEGORIES, {
  error: 'Choose categories from the list.',
});
export type ScopeCategory = z.infer<typeof scopeCategorySchema>;

export const SCOPE_LABELS: Record<ScopeCategory, string> = {
  appointments: 'Appointments',
  visit_notes: 'Visit notes and summaries',
  test_results: 'Test results',
  medications: 'Medications and refill requests',
  messaging: 'Messaging the care team',
  billing: 'Billing and payments',
  documents: 'Documents and forms',
};

/** Kept from a 12–17 patient's care partner unless a clinic manager includes them with a reason. */
export const CONFIDENTIAL_CATEGORIES: readonly ScopeCategory[] = [
  'visit_notes',
  'test_results',
  'messaging',
];

export const SCOPE_PRESETS = {
  full: [...SCOPE_CATEGORIES],
  administrative: ['appointments', 'billing'],
} as const satisfies Record<string, readonly ScopeCategory[]>;

export const RELATIONSHIPS = [
  'spouse_partner',
  'parent',
  'adult_child',
  'other_family',
  'friend',
  'legal_guardian',
  'healthcare_poa',
] as const;
export const relationshipSchema = z.enum(RELATIONSHIPS, { error: 'Choose the relationship.' });
export type Relationship = z.infer<typeof relationshipSchema>;
export const RELATIONSHIP_LABELS: Record<Relationship, string> = {
  spouse_partner: 'Spouse or partner',
  parent: 'Parent',
  adult_child: 'Adult child',
  other_family: 'Other family',
  friend: 'Friend',
  legal_guardian: 'Legal guardian',
  healthcare_poa: 'Healthcare power of attorney',
};

export const ROUTE_LABELS: Record<RequestRoute, string> = {
  portal_form: 'Portal form',
  paper_form: 'Paper form',
  in_person: 'In person',
  phone: 'Phone',
};

export const REQUEST_STATUS_LABELS: Record<RequestStatus, string> = {
  new: 'New',
  needs_information: 'Needs information',
  approved_invited: 'Approved – invited',
  active: 'Active',
  denied: 'Denied',
  withdrawn: 'Withdrawn',
};
/** Waiting for a decision: counted in the navigation. */
export const WAITING_STATUSES: readonly RequestStatus[] = ['new', 'needs_information'];

export const carePartnerSchema = z.object(
  {
    name: personName("Care partner's name"),
    // Named as the intake form labels it.
    email: emailAddress("Care partner's own email"),
    phone: phoneField.nullable(),
    dateOfBirth: dateField("Care partner's date of birth").nullable(),
    relationship: relationshipSchema,
    /** The language of the care partner's invitation and portal pages; English when left out. */
    preferredLanguage: z.optional(languageCode),
  },
  { error: "Enter the care partner's name, email and relationship." },
);
export type CarePartner = z.infer<typeof carePartnerSchema>;

export const legalDocumentSchema = z.object(
  {
    type: z.enum(['guardianship', 'power_of_attorney'], { error: 'Choose the type of document.' }),
    signedOn: dateField('The date the document was signed'),
    expiresOn: dateField("The document's expiry date").nullable(),
    fileName: plainText('File name', { min: 1, max: 200, multiline: false }),
  },
  { error: 'Legal document: choose its type, enter the date signed and attach the file.' },
);
export type LegalDocument = z.infer<typeof legalDocumentSchema>;
export const LEGAL_DOCUMENT_LABELS: Record<LegalDocument['type'], string> = {
  guardianship: 'Guardianship',
  power_of_attorney: 'Power of attorney',
};

export const phoneIntakeSchema = z.object(
  {
    takenBy: personName('Who took the call'),
    consentHeard: plainText("How the patient's consent was heard", { min: 3, max: 300 }),
  },
  { error: "A phone request records who took the call and how the patient's consent was heard." },
);

export const scopeSchema = z
  .array(scopeCategorySchema, {
    error: 'Choose at least one category the care partner may see.',
  })
  .min(1, { error: 'Choose at least one category the care partner may see.' })
  .max(SCOPE_CATEGORIES.length, { error: 'Choose each category at most once.' });

export const createRequestSchema = requestObject({
  patientId: recordId('Patient'),
  carePartner: carePartnerSchema,
  route: requestRouteSchema,
  scope: scopeSchema,
  endsOn: dateField('End date').nullable(),
  legalDocument: legalDocumentSchema.nullable(),
  phoneIntake: phoneIntakeSchema.nullable(),
}).check(
  z.refine((r) => r.route !== 'phone' || r.phoneIntake !== null, {
    error: "A phone request records who took the call and how the patient's consent was heard.",
    path: ['phoneIntake'],
  }),
);
export type CreateRequest = z.input<typeof createRequestSchema>;

export const WARNING_CODES = [
  'shared_email',
  'adolescent',
  'duplicate_grant',
  'legal_document',
  'adult_parent',
] as const;
export const warningSchema = z.object({
  code: z.enum(WARNING_CODES),
  title: z.string(),
  detail: z.string(),
  /** Approval is refused while this holds. */
  blocksApproval: z.boolean(),
  grantId: z.string().nullable(),
});
export type SharedAccessWarning = z.infer<typeof warningSchema>;

export const decisionRecordSchema = z.object({
  kind: z.enum(['approve', 'deny', 'needs_information']),
  byName: z.string(),
  at: isoDateTime,
  note: z.string().nullable(),
  identityMethod: z.string().nullable(),
  consentMethod: z.string().nullable(),
  warnings: z.array(z.string()),
});

export const requestPatientSchema = z.object({
  id: z.string(),
  name: z.string(),
  mrn: z.string(),
  dateOfBirth: isoDate,
  age: z.number().int(),
  email: z.string().nullable(),
});

export const proxyRequestSchema = z.object({
  id: z.string(),
  patient: requestPatientSchema,
  carePartner: z.object({
    name: z.string(),
    email: z.string(),
    phone: z.string().nullable(),
    dateOfBirth: z.nullable(isoDate),
    relationship: relationshipSchema,
    preferredLanguage: languageCode,
  }),
  route: requestRouteSchema,
  scope: z.array(scopeCategorySchema),
  endsOn: z.nullable(isoDate),
  legalDocument: legalDocumentSchema.nullable(),
  phoneIntake: z.object({ takenBy: z.string(), consentHeard: z.string() }).nullable(),
  receivedAt: isoDateTime,
  daysWaiting: z.number().int(),
  status: requestStatusSchema,
  /** Optimistic concurrency: a decision on an older version gets 409 with the current request. */
  version: z.number().int().min(1),
  warnings: z.array(warningSchema),
  decisions: z.array(decisionRecordSchema),
  grantId: z.string().nullable(),
});
export type ProxyRequest = z.infer<typeof proxyRequestSchema>;

export const requestPageSchema = paginated(proxyRequestSchema);

export const IDENTITY_METHODS = [
  'Photo ID checked in person',
  'Photo ID checked on a video call',
  'Known to staff',
  'Signed the portal request form with their own login',
] as const;
export const CONSENT_METHODS = [
  'Patient confirmed in person',
  'Patient confirmed on the phone',
  'Patient signed the paper form',
  'Legal document replaces consent',
] as const;

const reasonField = (field: string) => plainText(field, { min: 3, max: 500 });

export const decideRequestSchema = z.discriminatedUnion(
  'decision',
  [
    z.object({
      decision: z.literal('approve'),
      version: versionField,
      identityVerified: z.literal(true, {
        error: "Tick that the care partner's identity was verified.",
      }),
      identityMethod: z.enum(IDENTITY_METHODS, { error: 'Choose how the identity was verified.' }),
      consentConfirmed: z.literal(true, {
        error: "Tick that the patient's consent (or the legal authority) was confirmed.",
      }),
      consentMethod: z.enum(CONSENT_METHODS, { error: 'Choose how consent was confirmed.' }),
      scopeReviewed: z.literal(true, { error: 'Tick that you reviewed the scope.' }),
      scope: scopeSchema,
      endsOn: dateField('End date').nullable(),
      carePartnerEmail: emailField,
      /** Needed (with a clinic manager) to include confidential categories for a 12–17 patient. */
      confidentialReason: z.nullable(reasonField('Reason for including confidential categories')),
    }),
    z.object({
      decision: z.literal('deny'),
      version: versionField,
      reason: reasonField('Reason for denying'),
    }),
    z.object({
      decision: z.literal('needs_information'),
      version: versionField,
      reason: reasonField('What is missing'),
    }),
  ],
  { error: 'Choose a decision: approve, deny or ask for information.' },
);
export type DecideRequest = z.infer<typeof decideRequestSchema>;

export const GRANT_STATUSES = [
  'invited',
  'invitation_expired',
  'invitation_void',
  'active',
  'ended',
  'revoked',
] as const;
export const grantStatusSchema = z.enum(GRANT_STATUSES);
export type GrantStatus = z.infer<typeof grantStatusSchema>;
export const GRANT_STATUS_LABELS: Record<GrantStatus, string> = {
  invited: 'Invited',
  invitation_expired: 'Invitation expired',
  invitation_void: 'Invitation void',
  active: 'Active',
  ended: 'Ended',
  revoked: 'Revoked',
};

export const grantSchema = z.object({
  id: z.string(),
  patientId: z.string(),
  carePartner: proxyRequestSchema.shape.carePartner,
  scope: z.array(scopeCategorySchema),
  since: isoDateTime,
  until: z.nullable(isoDate),
  status: grantStatusSchema,
  grantedByName: z.string(),
  legalDocument: legalDocumentSchema.nullable(),
  invitationExpiresAt: z.nullable(isoDateTime),
  revokedReason: z.string().nullable(),
  endedBecause: z.string().nullable(),
  /** Optimistic concurrency: an edit made on an older version gets 409 with the current grant. */
  version: z.number().int().min(1),
});
export type Grant = z.infer<typeof grantSchema>;

export const patientSharedAccessSchema = z.object({
  asOf: isoDateTime,
  /** On the server's date: for a patient aged 12–17, confidential categories need a manager. */
  patientAge: z.number().int().min(0),
  grants: z.array(grantSchema),
  requests: z.array(proxyRequestSchema),
});

export const whoCanSeeSchema = z.object({
  ownAccount: z.object({ email: z.string() }).nullable(),
  linkedInto: z.array(z.object({ email: z.string() })),
  carePartners: z.array(grantSchema),
});
export type WhoCanSee = z.infer<typeof whoCanSeeSchema>;

export const revokeGrantSchema = requestObject({ reason: reasonField('Reason for revoking') });

/** Change an active grant's scope and end date, against the version read. */
export const editGrantSchema = requestObject({
  version: versionField,
  scope: scopeSchema,
  until: dateField('End date').nullable(),
  /** Needed (with a clinic manager) to add confidential categories for a 12–17 patient. */
  confidentialReason: z.nullable(reasonField('Reason for including confidential categories')),
});
export type EditGrant = z.infer<typeof editGrantSchema>;

// The care partner's side, in the portal simulator.
export const invitationSchema = z.object({
  state: z.enum(['valid', 'expired', 'void', 'accepted', 'revoked']),
  patientFirstName: z.string().nullable(),
  carePartnerName: z.string().nullable(),
  email: z.string().nullable(),
  dobConfirmed: z.boolean(),
  triesLeft: z.number().int().min(0),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** What the care partner is told about an invitation that no longer works (API and page alike). */
export const INVITATION_MESSAGES: Record<
  Exclude<Invitation['state'], 'valid'>,
  { title: string; detail: string }
> = {
  expired: {
    title: 'This invitation has expired',
    detail: 'Invitations work for 5 days. Ask the clinic to send it again.',
  },
  void: {
    title: 'This invitation no longer works',
    detail:
      'The date of birth was entered wrongly 3 times. Ask the clinic to send a new invitation.',
  },
  accepted: {
    title: 'This invitation was already accepted',
    detail: 'Log in with the email and password you chose.',
  },
  revoked: {
    title: 'This invitation no longer works',
    detail: 'The shared access was ended by the clinic.',
  },
};

export const confirmDobSchema = requestObject({
  dateOfBirth: dateField("The patient's date of birth"),
});

export const acceptInvitationSchema = z.discriminatedUnion(
  'mode',
  [
    z.object({ mode: z.literal('register'), email: emailField, password: portalPasswordSchema }),
    z.object({ mode: z.literal('login'), email: emailField, password: loginPassword() }),
  ],
  { error: 'Choose whether to create a new login or use an existing portal login.' },
);
export type AcceptInvitation = z.infer<typeof acceptInvitationSchema>;

export const careHomeRequestSchema = requestObject({
  email: emailField,
  password: loginPassword(),
});

export const careHomeSchema = z.object({
  accountEmail: z.string(),
  records: z.array(
    z.object({
      patientFirstName: z.string(),
      patientName: z.string(),
      scope: z.array(scopeCategorySchema),
      until: z.nullable(isoDate),
    }),
  ),
});
export type CareHome = z.infer<typeof careHomeSchema>;
