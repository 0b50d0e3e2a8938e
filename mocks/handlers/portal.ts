import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve } from '../http';
import {
  linkThroughLink,
  logInToPortal,
  openAccessLink,
  registerThroughLink,
} from '../services/portal';

/** The patient-portal simulator's API: no staff session; the link and the password identify. */
export const portalHandlers = [
  serve(E.openAccessLink, ({ store, params, now }) =>
    openAccessLink(store, { token: params.token! }, now),
  ),
  serve(E.registerThroughLink, ({ store, body, now, nowMs }) =>
    registerThroughLink(store, body, now, nowMs),
  ),
  serve(E.linkThroughLink, ({ store, body, now, nowMs }) =>
    linkThroughLink(store, body, now, nowMs),
  ),
  serve(E.portalLogIn, ({ store, body, now, nowMs }) => logInToPortal(store, body, now, nowMs)),
];
