import { z } from 'zod';
import { patientPageSchema, patientSchema, patientSearchSchema } from './patient';
import { portalAccountSchema } from './portal-account';
import type { Endpoint } from './endpoint';

/** Patient search and records (contact corrections: contact-endpoints.ts). */
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
} as const satisfies Record<string, Endpoint>;
