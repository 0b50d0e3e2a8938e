import { z } from 'zod';
import { requestObject } from './common';
import {
  accessCodeSchema,
  accessStatusSchema,
  emailCheckRequestSchema,
  emailCheckSchema,
  printLetterSchema,
  requestAccessCodeSchema,
  revealedCodeSchema,
  revokeAccessRequestSchema,
  sendAccessLinkRequestSchema,
  sendAccessLinkResultSchema,
} from './access-code';
import { auditLogFiltersSchema, auditLogPageSchema, auditPageSchema } from './audit';
import {
  addLinkingRecordsSchema,
  candidateListSchema,
  candidateSearchSchema,
  holderOptionsSchema,
  linkingListQuerySchema,
  linkingRequestPageSchema,
  linkingRequestSchema,
  resendLinkSchema,
  reviewEmailsSchema,
  revokeLinkingRecordSchema,
  startLinkingRequestSchema,
} from './family-linking';
import { advanceClockRequestSchema, chaosSettingsSchema, outboxSchema } from './outbox';
import {
  patientPageSchema,
  patientSchema,
  patientSearchSchema,
  updateContactRequestSchema,
} from './patient';
import {
  portalLinkSchema,
  portalLinkToAccountRequestSchema,
  portalLogInRequestSchema,
  portalRegisterRequestSchema,
  portalResultSchema,
} from './portal';
import { portalAccountSchema } from './portal-account';
import { currentSessionSchema, sessionSchema, signInRequestSchema } from './session';
import {
  acceptInvitationSchema,
  careHomeRequestSchema,
  careHomeSchema,
  confirmDobSchema,
  createRequestSchema,
  decideRequestSchema,
  editGrantSchema,
  grantSchema,
  invitationSchema,
  patientSharedAccessSchema,
  proxyRequestSchema,
  requestPageSchema,
  requestQuerySchema,
  revokeGrantSchema,
  waitingCountSchema,
  whoCanSeeSchema,
} from './shared-access';

/**
 * Every endpoint of the API in one list: the mock serves exactly these, the OpenAPI document is
 * generated from them, and the conformance suite walks them. Paths are relative to /api/v1.
 *
 * - auth: "staff" needs a signed-in staff member (401 otherwise); "none" is public (sign-in,
 *   and the patient's side, where the link, the code and the patient's password identify them).
 * - changes: a changing request needs an Idempotency-Key and writes an audit event.
 */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  summary: string;
  auth: 'staff' | 'none';
  changes: boolean;
  request?: z.ZodType;
  query?: z.ZodType;
  response: z.ZodType | null;
  /** Development and demo tools (Outbox, clock, reset): never part of a real backend. */
  demoOnly?: boolean;
  /**
   * Problem statuses the endpoint's own rules can answer beyond those its auth, path params,
   * `changes` and `version` already imply (the OpenAPI document lists both).
   */
  problems?: readonly (401 | 409 | 410)[];
}

export const pageQuerySchema = requestObject({
  page: z.coerce
    .number({ error: 'Page must be a number.' })
    .int({ error: 'Page must be a whole number.' })
    .min(1, { error: 'Page must be 1 or more.' })
    .max(10_000, { error: 'Page must be 10,000 or less.' })
    .optional(),
  pageSize: z.coerce
    .number({ error: 'Page size must be a number.' })
    .int({ error: 'Page size must be a whole number.' })
    .min(1, { error: 'Page size must be 1 or more.' })
    .max(100, { error: 'Page size must be 100 or less.' })
    .optional(),
});

export const ENDPOINTS = {
  signIn: {
    method: 'POST',
    path: '/session',
    summary: 'Sign in as a staff member',
    auth: 'none',
    changes: false,
    request: signInRequestSchema,
    response: sessionSchema,
    problems: [401],
  },
  currentSession: {
    method: 'GET',
    path: '/session',
    summary: 'The signed-in staff member',
    auth: 'staff',
    changes: false,
    response: currentSessionSchema,
  },
  signOut: {
    method: 'DELETE',
    path: '/session',
    summary: 'Sign out: ends the session on the server',
    auth: 'none',
    changes: false,
    response: null,
  },
  searchPatients: {
    method: 'POST',
    path: '/patients/search',
    summary:
      'Search patients by name, date of birth, MRN, email or phone (POST keeps it out of URLs)',
    auth: 'staff',
    changes: false,
    request: patientSearchSchema,
    response: patientPageSchema,
  },
  getPatient: {
    method: 'GET',
    path: '/patients/:id',
    summary: 'A patient record',
    auth: 'staff',
    changes: false,
    response: patientSchema,
  },
  getPortalAccount: {
    method: 'GET',
    path: '/patients/:id/portal-account',
    summary: 'The portal account holding this record, with its other records',
    auth: 'staff',
    changes: false,
    response: z.object({ account: portalAccountSchema.nullable() }),
  },
  updateContact: {
    method: 'PUT',
    path: '/patients/:id/contact',
    summary: "Update a patient's email and phone against the version read (409 when stale)",
    auth: 'staff',
    changes: true,
    request: updateContactRequestSchema,
    response: patientSchema,
  },
  getAccessStatus: {
    method: 'GET',
    path: '/patients/:id/access',
    summary: 'Everything the Medical Access Code tab shows',
    auth: 'staff',
    changes: false,
    response: accessStatusSchema,
  },
  checkEmail: {
    method: 'POST',
    path: '/patients/:id/email-check',
    summary: 'Who else has this address on file (POST keeps the address out of URLs)',
    auth: 'staff',
    changes: false,
    request: emailCheckRequestSchema,
    response: emailCheckSchema,
  },
  requestAccessCode: {
    method: 'POST',
    path: '/patients/:id/access-code',
    summary: 'Request Access Code (replacing an active one needs confirmReplace)',
    auth: 'staff',
    changes: true,
    request: requestAccessCodeSchema,
    response: accessCodeSchema,
  },
  revealAccessCode: {
    method: 'POST',
    path: '/patients/:id/access-code/reveal',
    summary: 'Show the full active access code (audited)',
    auth: 'staff',
    changes: true,
    response: revealedCodeSchema,
  },
  sendAccessLink: {
    method: 'POST',
    path: '/patients/:id/access-link',
    summary: 'Send the Medical Records Access Link, optionally correcting the email',
    auth: 'staff',
    changes: true,
    request: sendAccessLinkRequestSchema,
    response: sendAccessLinkResultSchema,
  },
  printAccessCode: {
    method: 'POST',
    path: '/patients/:id/access-code/print',
    summary: 'The printed letter with the access code (recorded as a delivery)',
    auth: 'staff',
    changes: true,
    response: printLetterSchema,
  },
  revokeAccess: {
    method: 'POST',
    path: '/patients/:id/revoke-access',
    summary: 'Revoke Access: cancel the active code and take the record out of its account',
    auth: 'staff',
    changes: true,
    request: revokeAccessRequestSchema,
    response: accessStatusSchema,
  },
  patientActivity: {
    method: 'GET',
    path: '/patients/:id/activity',
    summary: "A record's audit events, newest first",
    auth: 'staff',
    changes: false,
    query: pageQuerySchema,
    response: auditPageSchema,
  },
  auditLog: {
    method: 'GET',
    path: '/audit',
    summary:
      'The whole audit log (clinic managers), newest first, filtered by who (staff or portal account), record, action and days on the clinic’s calendar. Append-only: there is no endpoint that edits or deletes an event.',
    auth: 'staff',
    changes: false,
    query: pageQuerySchema.extend(auditLogFiltersSchema.shape),
    response: auditLogPageSchema,
  },
  openAccessLink: {
    method: 'GET',
    path: '/portal/links/:token',
    summary:
      'Patient side: what a Medical Records Access Link opens (nothing about the patient once it is dead)',
    auth: 'none',
    changes: false,
    response: portalLinkSchema,
  },
  registerThroughLink: {
    method: 'POST',
    path: '/portal/register',
    summary: 'Patient side: register a portal account through the link',
    auth: 'none',
    changes: true,
    request: portalRegisterRequestSchema,
    response: portalResultSchema,
    problems: [409, 410],
  },
  linkThroughLink: {
    method: 'POST',
    path: '/portal/link',
    summary: 'Patient side: log in and link the record into an existing account',
    auth: 'none',
    changes: true,
    request: portalLinkToAccountRequestSchema,
    response: portalResultSchema,
    problems: [401, 410],
  },
  portalLogIn: {
    method: 'POST',
    path: '/portal/log-in',
    summary: 'Patient side: log in to the portal home and see the linked profiles',
    auth: 'none',
    changes: false,
    request: portalLogInRequestSchema,
    response: portalResultSchema,
  },
  linkingHolderOptions: {
    method: 'GET',
    path: '/patients/:id/linking-holders',
    summary: 'Family linking: who could hold the records (this person and their household)',
    auth: 'staff',
    changes: false,
    response: holderOptionsSchema,
  },
  listLinkingRequests: {
    method: 'GET',
    path: '/linking-requests',
    summary: 'Open family linking requests, newest first (optionally those with this record)',
    auth: 'staff',
    changes: false,
    query: linkingListQuerySchema,
    response: linkingRequestPageSchema,
  },
  startLinkingRequest: {
    method: 'POST',
    path: '/linking-requests',
    summary: 'Start linking records into an account holder’s portal account (or resume theirs)',
    auth: 'staff',
    changes: true,
    request: startLinkingRequestSchema,
    response: linkingRequestSchema,
  },
  getLinkingRequest: {
    method: 'GET',
    path: '/linking-requests/:id',
    summary: 'A family linking request with each record’s state',
    auth: 'staff',
    changes: false,
    response: linkingRequestSchema,
  },
  linkingCandidates: {
    method: 'POST',
    path: '/linking-requests/:id/candidates',
    summary: 'Records to link: the household, or a search (POST keeps names out of URLs)',
    auth: 'staff',
    changes: false,
    request: candidateSearchSchema,
    response: candidateListSchema,
  },
  addLinkingRecords: {
    method: 'POST',
    path: '/linking-requests/:id/records',
    summary: 'Add records (adult 409 unless a manager overrides, adolescent needs a reason)',
    auth: 'staff',
    changes: true,
    request: addLinkingRecordsSchema,
    response: linkingRequestSchema,
  },
  reviewLinkingEmails: {
    method: 'POST',
    path: '/linking-requests/:id/emails',
    summary: 'Set the chosen records’ email to the account holder’s, each against its version',
    auth: 'staff',
    changes: true,
    request: reviewEmailsSchema,
    response: linkingRequestSchema,
  },
  sendLinkingLinks: {
    method: 'POST',
    path: '/linking-requests/:id/send',
    summary: 'Issue and email every unsent record’s Medical Records Access Link',
    auth: 'staff',
    changes: true,
    response: linkingRequestSchema,
  },
  resendLinkingLink: {
    method: 'POST',
    path: '/linking-requests/:id/records/:patientId/resend',
    summary: 'Resend one record’s link, with the Send Access Link rules',
    auth: 'staff',
    changes: true,
    request: resendLinkSchema,
    response: linkingRequestSchema,
  },
  revokeLinkingRecord: {
    method: 'POST',
    path: '/linking-requests/:id/records/:patientId/revoke',
    summary: 'Revoke one record from the request: its link stops working',
    auth: 'staff',
    changes: true,
    request: revokeLinkingRecordSchema,
    response: linkingRequestSchema,
  },
  confirmLinkingRequest: {
    method: 'POST',
    path: '/linking-requests/:id/confirm',
    summary: 'Confirmed with the account holder: the request is finished',
    auth: 'staff',
    changes: true,
    response: linkingRequestSchema,
  },
  outbox: {
    method: 'GET',
    path: '/_mock/outbox',
    summary: 'Demo: every email the mock clinic sent',
    auth: 'staff',
    changes: false,
    response: outboxSchema,
    demoOnly: true,
  },
  advanceClock: {
    method: 'POST',
    path: '/_mock/clock',
    summary: 'Demo: move the mock clock forward',
    auth: 'staff',
    changes: true,
    request: advanceClockRequestSchema,
    response: outboxSchema,
    demoOnly: true,
  },
  resetDemo: {
    method: 'POST',
    path: '/_mock/reset',
    summary: 'Demo: put the clinic back to its seed',
    auth: 'staff',
    changes: true,
    response: outboxSchema,
    demoOnly: true,
  },
  getChaos: {
    method: 'GET',
    path: '/_mock/chaos',
    summary: 'Demo: the simulated latency and failure rate',
    auth: 'staff',
    changes: false,
    response: chaosSettingsSchema,
    demoOnly: true,
  },
  setChaos: {
    method: 'PUT',
    path: '/_mock/chaos',
    summary:
      'Demo: set the simulated latency and failure rate (a setting of the demo tools, not clinic data)',
    auth: 'staff',
    changes: false,
    request: chaosSettingsSchema,
    response: chaosSettingsSchema,
    demoOnly: true,
  },
  listSharedAccessRequests: {
    method: 'GET',
    path: '/shared-access/requests',
    summary: 'Shared-access requests, oldest first, filtered by status and route',
    auth: 'staff',
    changes: false,
    query: requestQuerySchema,
    response: requestPageSchema,
  },
  sharedAccessWaiting: {
    method: 'GET',
    path: '/shared-access/waiting',
    summary: 'How many shared-access requests wait for a decision',
    auth: 'staff',
    changes: false,
    response: waitingCountSchema,
  },
  getSharedAccessRequest: {
    method: 'GET',
    path: '/shared-access/requests/:id',
    summary: 'One shared-access request with its warnings',
    auth: 'staff',
    changes: false,
    response: proxyRequestSchema,
  },
  createSharedAccessRequest: {
    method: 'POST',
    path: '/shared-access/requests',
    summary: 'Record a shared-access request taken by phone, on paper or in person',
    auth: 'staff',
    changes: true,
    request: createRequestSchema,
    response: proxyRequestSchema,
  },
  decideSharedAccessRequest: {
    method: 'POST',
    path: '/shared-access/requests/:id/decision',
    summary: 'Approve, deny or ask for information, against the version read (409 when stale)',
    auth: 'staff',
    changes: true,
    request: decideRequestSchema,
    response: proxyRequestSchema,
  },
  patientSharedAccess: {
    method: 'GET',
    path: '/patients/:id/shared-access',
    summary: "A patient's shared-access grants and requests",
    auth: 'staff',
    changes: false,
    response: patientSharedAccessSchema,
  },
  whoCanSee: {
    method: 'GET',
    path: '/patients/:id/who-can-see',
    summary: 'Every person who can see this record, and how',
    auth: 'staff',
    changes: false,
    response: whoCanSeeSchema,
  },
  revokeGrant: {
    method: 'POST',
    path: '/shared-access/grants/:id/revoke',
    summary: "Revoke a care partner's shared access, with a reason",
    auth: 'staff',
    changes: true,
    request: revokeGrantSchema,
    response: grantSchema,
  },
  editGrant: {
    method: 'PATCH',
    path: '/shared-access/grants/:id',
    summary:
      "Change an active grant's scope and end date, against the version read (409 when stale or no longer active)",
    auth: 'staff',
    changes: true,
    request: editGrantSchema,
    response: grantSchema,
  },
  resendInvitation: {
    method: 'POST',
    path: '/shared-access/grants/:id/invitation',
    summary: 'Send the shared-access invitation again (a new 5-day link)',
    auth: 'staff',
    changes: true,
    response: grantSchema,
  },
  openInvitation: {
    method: 'GET',
    path: '/portal/invitations/:token',
    summary: 'Care partner side: what a shared-access invitation opens',
    auth: 'none',
    changes: false,
    response: invitationSchema,
  },
  confirmInvitationDob: {
    method: 'POST',
    path: '/portal/invitations/:token/date-of-birth',
    summary: "Care partner side: confirm the patient's date of birth (3 wrong tries void it)",
    auth: 'none',
    changes: true,
    request: confirmDobSchema,
    response: invitationSchema,
  },
  acceptInvitation: {
    method: 'POST',
    path: '/portal/invitations/:token/accept',
    summary: 'Care partner side: accept with a new own login or an existing portal login',
    auth: 'none',
    changes: true,
    request: acceptInvitationSchema,
    response: careHomeSchema,
  },
  careHome: {
    method: 'POST',
    path: '/portal/care-partner/home',
    summary:
      'Care partner side: log in and see whose records they can see (POST keeps the password out of URLs)',
    auth: 'none',
    changes: false,
    request: careHomeRequestSchema,
    response: careHomeSchema,
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointId = keyof typeof ENDPOINTS;
