import {
  acceptInvitationSchema,
  careHomeRequestSchema,
  careHomeSchema,
  confirmDobSchema,
  invitationSchema,
} from './shared-access';
import type { Endpoint } from './endpoint';

/** Shared access, the care partner's side: the invitation and their home. */
export const INVITATION_ENDPOINTS = {
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
    problems: [410],
  },
  acceptInvitation: {
    method: 'POST',
    path: '/portal/invitations/:token/accept',
    summary:
      'Care partner side: accept with a new own login or an existing portal login (failed log-ins wait after 5 per account and per invitation: 429)',
    auth: 'none',
    changes: true,
    request: acceptInvitationSchema,
    response: careHomeSchema,
    problems: [401, 410, 429],
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
    problems: [401, 429],
  },
} as const satisfies Record<string, Endpoint>;
