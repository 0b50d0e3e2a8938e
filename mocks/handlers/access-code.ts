import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve } from '../http';
import {
  checkEmail,
  getAccessStatus,
  getPrintLetter,
  printAccessCode,
  requestAccessCode,
  revealAccessCode,
  revokeAccess,
  sendAccessLink,
} from '../services/access-code';

/** The Medical Access Code tab's API: status, request, reveal, send, print, revoke. */
export const accessCodeHandlers = [
  serve(E.getAccessStatus, ({ store, actor, params, now }) =>
    getAccessStatus(store, actor, { patientId: params.id! }, now),
  ),
  serve(E.checkEmail, ({ store, actor, params, body, now }) =>
    checkEmail(store, actor, { patientId: params.id!, ...body }, now),
  ),
  serve(E.requestAccessCode, ({ store, actor, params, body, now }) =>
    requestAccessCode(store, actor, { patientId: params.id!, ...body }, now),
  ),
  serve(E.revealAccessCode, ({ store, actor, params, now }) =>
    revealAccessCode(store, actor, { patientId: params.id! }, now),
  ),
  serve(E.sendAccessLink, ({ store, actor, params, body, now }) =>
    sendAccessLink(store, actor, { patientId: params.id!, ...body }, now),
  ),
  serve(E.getPrintLetter, ({ store, actor, params, now }) =>
    getPrintLetter(store, actor, { patientId: params.id! }, now),
  ),
  serve(E.printAccessCode, ({ store, actor, params, body, now }) =>
    printAccessCode(store, actor, { patientId: params.id!, ...body }, now),
  ),
  serve(E.revokeAccess, ({ store, actor, params, body, now }) =>
    revokeAccess(store, actor, { patientId: params.id!, ...body }, now),
  ),
];
