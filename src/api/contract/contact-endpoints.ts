import { updateContactRequestSchema } from './contact';
import { patientSchema } from './patient';
import type { Endpoint } from './endpoint';

/** Correcting a patient's contact details (Edit contact). */
export const CONTACT_ENDPOINTS = {
  updateContact: {
    method: 'PUT',
    path: '/patients/:id/contact',
    summary: "Update a patient's email and phone against the version read (409 when stale)",
    auth: 'staff',
    changes: true,
    request: updateContactRequestSchema,
    response: patientSchema,
  },
} as const satisfies Record<string, Endpoint>;
