import { z } from 'zod';
import {
  patientPageSchema,
  patientSchema,
  patientSearchSchema,
  updateContactRequestSchema,
  updateLanguageRequestSchema,
} from './patient';
import { portalAccountSchema } from './portal-account';
import type { Endpoint } from './endpoint';

/** Patient search, records and contact details. */
export const PATIENT_ENDPOINTS = {
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
  updateLanguage: {
    method: 'PUT',
    path: '/patients/:id/language',
    summary:
      "Change the language a patient's letters, emails and portal pages are in (409 when stale)",
    auth: 'staff',
    changes: true,
    request: updateLanguageRequestSchema,
    response: patientSchema,
  },
} as const satisfies Record<string, Endpoint>;
