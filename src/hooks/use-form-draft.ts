import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { dropDraft, releaseDraft, saveDraft } from '../lib/form-drafts';

/**
 * Keeps what is in this form as a draft in memory while it is open, so a forced or idle sign-out
 * does not lose it: the form reads it back through `draftOr(key, …)` in its default values, and
 * its screen opens the dialog again where `hasDraft(key)`. Closing the form forgets it (a form
 * left by Back or a link does not come back later by surprise) unless the session ended under it.
 */
export function useFormDraft<T extends FieldValues, TContext, TOutput = T>(
  key: string,
  form: UseFormReturn<T, TContext, TOutput>,
): void {
  useEffect(() => {
    saveDraft(key, form.getValues());
    const unsubscribe = form.subscribe({
      formState: { values: true },
      callback: ({ values }) => saveDraft(key, values),
    });
    return () => {
      unsubscribe();
      releaseDraft(key);
    };
  }, [form, key]);
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
