import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { dropDraft, saveDraft } from '../lib/form-drafts';

/**
 * Keeps what is typed in this form as a draft in memory, so a forced or idle sign-out does not
 * lose it. The form reads it back through `readDraft(key)` in its default values; whoever
 * finishes or cancels the form drops it.
 */
export function useFormDraft<T extends FieldValues, TContext, TOutput = T>(
  key: string,
  form: UseFormReturn<T, TContext, TOutput>,
): void {
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true },
        callback: ({ values }) => saveDraft(key, values),
      }),
    [form, key],
  );
}

/** Closing a dialog is cancelling: its request is abandoned and what was typed is forgotten. */
export function cancelling(
  intent: { abandon: () => void },
  draftKey: string,
  onClose: () => void,
): () => void {
  return () => {
    intent.abandon();
    dropDraft(draftKey);
    onClose();
  };
}
