import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../../api/client';
import type { UpdateContactRequest } from '../../../api/contract/contact';
import { CONTACT_ENDPOINTS as E } from '../../../api/contract/contact-endpoints';
import type { UpdateLanguageRequest } from '../../../api/contract/language';
import { LANGUAGE_ENDPOINTS } from '../../../api/contract/language-endpoints';
import type { Patient } from '../../../api/contract/patient';
import { useIntentMutation, type Sending } from '../../../hooks/use-intent-mutation';
import { patientQueries } from './patient-queries';

/**
 * One change to the record: one Idempotency-Key per intent, kept across retries. Either way it
 * ends, the record is refreshed everywhere it shows (header, banner, Overview, the other tabs): a
 * 409 means someone else changed it. The refresh is not awaited, so a slow one never keeps the
 * dialog open.
 */
function useRecordMutation<TBody>(send: (body: TBody, sending: Sending) => Promise<Patient>) {
  const queryClient = useQueryClient();
  return useIntentMutation({
    send,
    onSettled: () => {
      void queryClient.invalidateQueries({ queryKey: patientQueries.all() });
    },
  });
}

/** Edit contact: the email and phone on file. */
export function useUpdateContact(patientId: string) {
  return useRecordMutation((body: UpdateContactRequest, { signal, idempotencyKey }) =>
    call(E.updateContact, { params: { id: patientId }, body, signal, idempotencyKey }),
  );
}

/** The preferred language. */
export function useUpdateLanguage(patientId: string) {
  return useRecordMutation((body: UpdateLanguageRequest, { signal, idempotencyKey }) =>
    call(LANGUAGE_ENDPOINTS.updateLanguage, {
      params: { id: patientId },
      body,
      signal,
      idempotencyKey,
    }),
  );
}
