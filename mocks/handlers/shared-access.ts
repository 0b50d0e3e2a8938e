import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve } from '../http';
import {
  createRequest,
  decideRequest,
  editGrant,
  getRequest,
  listRequests,
  patientSharedAccess,
  resendInvitation,
  revokeGrant,
  waitingCount,
  whoCanSee,
} from '../services/shared-access';
import {
  acceptInvitation,
  careHome,
  confirmInvitationDob,
  openInvitation,
} from '../services/shared-access-portal';

/** Shared access (proxy): the staff side, then the care partner's side in the simulator. */
export const sharedAccessHandlers = [
  serve(E.sharedAccessWaiting, ({ store, actor }) => waitingCount(store, actor)),
  serve(E.listSharedAccessRequests, ({ store, actor, query, now }) =>
    listRequests(store, actor, query, now),
  ),
  serve(E.getSharedAccessRequest, ({ store, actor, params, now }) =>
    getRequest(store, actor, params.id!, now),
  ),
  serve(E.createSharedAccessRequest, ({ store, actor, body, now }) =>
    createRequest(store, actor, body, now),
  ),
  serve(E.decideSharedAccessRequest, ({ store, actor, params, body, now }) =>
    decideRequest(store, actor, params.id!, body, now),
  ),
  serve(E.patientSharedAccess, ({ store, actor, params, now }) =>
    patientSharedAccess(store, actor, params.id!, now),
  ),
  serve(E.whoCanSee, ({ store, actor, params, now }) => whoCanSee(store, actor, params.id!, now)),
  serve(E.revokeGrant, ({ store, actor, params, body, now }) =>
    revokeGrant(store, actor, params.id!, body, now),
  ),
  serve(E.editGrant, ({ store, actor, params, body, now }) =>
    editGrant(store, actor, params.id!, body, now),
  ),
  serve(E.resendInvitation, ({ store, actor, params, now }) =>
    resendInvitation(store, actor, params.id!, now),
  ),
  serve(E.openInvitation, ({ store, params, now }) => openInvitation(store, params.token!, now)),
  serve(E.confirmInvitationDob, ({ store, params, body, now }) =>
    confirmInvitationDob(store, params.token!, body, now),
  ),
  serve(E.acceptInvitation, ({ store, params, body, now, nowMs }) =>
    acceptInvitation(store, params.token!, body, now, nowMs),
  ),
  serve(E.careHome, ({ store, body, now, nowMs }) => careHome(store, body, now, nowMs)),
];
