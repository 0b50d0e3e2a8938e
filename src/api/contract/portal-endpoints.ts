import {
  portalLinkSchema,
  portalLinkToAccountRequestSchema,
  portalLogInRequestSchema,
  portalRegisterRequestSchema,
  portalResultSchema,
} from './portal';
import type { Endpoint } from './endpoint';

/** The patient's side of the access link: open, register, link, log in. */
export const PORTAL_ENDPOINTS = {
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
    summary:
      'Patient side: register a portal account through the link (wrong codes on a link wait after 5: 429; the 10th locks it: 410)',
    auth: 'none',
    changes: true,
    request: portalRegisterRequestSchema,
    response: portalResultSchema,
    problems: [409, 410, 429],
  },
  linkThroughLink: {
    method: 'POST',
    path: '/portal/link',
    summary: 'Patient side: log in and link the record into an existing account',
    auth: 'none',
    changes: true,
    request: portalLinkToAccountRequestSchema,
    response: portalResultSchema,
    problems: [401, 410, 429],
  },
  portalLogIn: {
    method: 'POST',
    path: '/portal/log-in',
    summary:
      'Patient side: log in to the portal home and see the linked profiles (after 5 failures for one email, each try waits: 429)',
    auth: 'none',
    changes: false,
    request: portalLogInRequestSchema,
    response: portalResultSchema,
    problems: [401, 429],
  },
} as const satisfies Record<string, Endpoint>;
