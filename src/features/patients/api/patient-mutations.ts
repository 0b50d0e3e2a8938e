import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import type { UpdateContactRequest } from '../../../api/contract/contact';
import { CONTACT_ENDPOINTS as E } from '../../../api/contract/contact-endpoints';
import type { UpdateLanguageRequest } from '../../../api/contract/language';
import { LANGUAGE_ENDPOINTS } from '../../../api/contract/language-endpoints';
import { useIntentMutation } from '../../../hooks/use-intent-mutation';
import { patientQueries } from './patient-queries';

/**
 * Edit contact: one Idempotency-Key per intent, kept across retries. Either way it ends, the
 * record is refreshed everywhere it shows (header, banner, Overview, the other tabs): a 409 means
 * someone else changed it. The refresh is not awaited, so a slow one never keeps the dialog open.
 */
export function useUpdateContact(patientId: string) {
  const queryClient = useQueryClient();
  return useIntentMutation({
    send: (body: UpdateContactRequest, { signal, idempotencyKey }) =>
      call(E.updateContact, { params: { id: patientId }, body, signal, idempotencyKey }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: patientQueries.all() });
    },
  });
}

/** The preferred language: one intent, the record refreshed everywhere either way. */
export function useUpdateLanguage(patientId: string) {
  const queryClient = useQueryClient();
  return useIntentMutation({
    send: (body: UpdateLanguageRequest, { signal, idempotencyKey }) =>
      call(LANGUAGE_ENDPOINTS.updateLanguage, {
        params: { id: patientId },
        body,
        signal,
        idempotencyKey,
      }),
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: patientQueries.all() });
    },
  });
}
