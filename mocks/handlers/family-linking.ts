import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve } from '../http';
import {
  addLinkingRecords,
  confirmLinkingRequest,
  reviewLinkingEmails,
  sendLinkingLinks,
  startLinkingRequest,
} from '../services/family-linking';
import {
  getLinkingRequest,
  holderOptions,
  linkingCandidates,
  listLinkingRequests,
} from '../services/family-linking-reads';
import { resendLinkingLink, revokeLinkingRecord } from '../services/family-linking-tracking';

/** Family linking: one request resource that carries the whole flow. */
export const familyLinkingHandlers = [
  serve(E.linkingHolderOptions, ({ store, actor, params }) =>
    holderOptions(store, actor, { patientId: params.id! }),
  ),
  serve(E.listLinkingRequests, ({ store, actor, query, now }) =>
    listLinkingRequests(store, actor, query, now),
  ),
  serve(E.startLinkingRequest, ({ store, actor, body, now }) =>
    startLinkingRequest(store, actor, body, now),
  ),
  serve(E.getLinkingRequest, ({ store, actor, params, now }) =>
    getLinkingRequest(store, actor, { id: params.id! }, now),
  ),
  serve(E.linkingCandidates, ({ store, actor, params, body }) =>
    linkingCandidates(store, actor, { id: params.id!, ...body }),
  ),
  serve(E.addLinkingRecords, ({ store, actor, params, body, now }) =>
    addLinkingRecords(store, actor, { id: params.id!, ...body }, now),
  ),
  serve(E.reviewLinkingEmails, ({ store, actor, params, body, now }) =>
    reviewLinkingEmails(store, actor, { id: params.id!, ...body }, now),
  ),
  serve(E.sendLinkingLinks, ({ store, actor, params, now }) =>
    sendLinkingLinks(store, actor, { id: params.id! }, now),
  ),
  serve(E.resendLinkingLink, ({ store, actor, params, body, now }) =>
    resendLinkingLink(store, actor, { id: params.id!, itemId: params.itemId!, ...body }, now),
  ),
  serve(E.revokeLinkingRecord, ({ store, actor, params, body, now }) =>
    revokeLinkingRecord(store, actor, { id: params.id!, itemId: params.itemId!, ...body }, now),
  ),
  serve(E.confirmLinkingRequest, ({ store, actor, params, now }) =>
    confirmLinkingRequest(store, actor, { id: params.id! }, now),
  ),
];
