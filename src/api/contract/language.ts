import type { z } from 'zod';
import { languageCode, requestObject, versionField } from './common';

// Changing a patient's preferred language. Apart from the patient schemas, so the screens that
// only read records (search, the first screen) do not load it.

/** Staff change the language the patient's texts go out in (audited). */
export const updateLanguageRequestSchema = requestObject({
  preferredLanguage: languageCode,
  version: versionField,
});
export type UpdateLanguageRequest = z.infer<typeof updateLanguageRequestSchema>;
