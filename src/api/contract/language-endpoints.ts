import { updateLanguageRequestSchema } from './language';
import { patientSchema } from './patient';
import type { Endpoint } from './endpoint';

/** Changing the language a patient's letters, emails and portal pages are in. */
export const LANGUAGE_ENDPOINTS = {
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
