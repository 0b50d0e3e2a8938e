import { ENDPOINTS as E } from '../../src/api/contract/endpoints';
import { serve } from '../http';
import {
  getPatient,
  getPortalAccountOf,
  searchPatients,
  updateContact,
  updateLanguage,
} from '../services/patients';

export const patientHandlers = [
  // POST, not GET with ?q=: names, dates of birth and emails must never appear in a URL.
  serve(E.searchPatients, ({ store, actor, body }) => searchPatients(store, actor, body)),
  serve(E.getPatient, ({ store, actor, params }) => getPatient(store, actor, params.id!)),
  serve(E.getPortalAccount, ({ store, actor, params }) =>
    getPortalAccountOf(store, actor, params.id!),
  ),
  serve(E.updateContact, ({ store, actor, params, body, now }) =>
    updateContact(store, actor, { patientId: params.id!, ...body }, now),
  ),
  serve(E.updateLanguage, ({ store, actor, params, body, now }) =>
    updateLanguage(store, actor, { patientId: params.id!, ...body }, now),
  ),
];
