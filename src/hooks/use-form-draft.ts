import { useEffect } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import { releaseDraft, saveDraft } from '../lib/form-drafts';

/**
 * Keeps what is in this form as a draft in memory while it is open, so a forced or idle sign-out
 * does not lose it: the form reads it back through `draftOr(key, …)` in its default values, and
 * its screen opens the dialog again where `hasDraft(key)`. Closing the form forgets it (done,
 * cancelled, or left by Back or a link: it never comes back later by surprise) unless the session
 * ended under it.
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
