import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useRef } from 'react';
import { ApiError, offlineError, timeoutError } from '../api/errors';

export interface Sending {
  signal: AbortSignal;
  idempotencyKey: string;
}

interface Options<TBody, TResult> {
  send: (body: TBody, sending: Sending) => Promise<TResult>;
  onSuccess?: (result: TResult) => unknown;
  onError?: (error: Error) => unknown;
  onSettled?: () => unknown;
  /** No answer after this long is reported as a timeout (and the request abandoned). */
  timeoutMs?: number;
}

interface Submit<TInput, TBody, TResult> {
  /** Builds the request from what was entered; called once per intent, at the first press. */
  body?: (input: TInput) => TBody;
  onSuccess?: (result: TResult) => void;
  onError?: (error: Error) => void;
}

interface Run<TBody> {
  body: TBody;
  key: string;
  controller: AbortController;
}

function abandoned(): Error {
  const error = new Error('The request was abandoned.');
  error.name = 'AbortError';
  return error;
}

/** A refusal means nothing was done: the next press is a new intent. */
function refused(error: unknown): boolean {
  return (
    error instanceof ApiError &&
    error.status >= 400 &&
    error.status < 500 &&
    error.status !== 408 &&
    error.status !== 429 &&
    error.type !== 'idempotency-key-in-flight'
  );
}

/**
 * One change a staff member asked for, made safely:
 * - the first press fixes the request and its Idempotency-Key; pressing again after a lost answer,
 *   a 5xx or a timeout resends exactly that request with that key, even if a refetch meanwhile
 *   changed what a new request would say, so the server makes the change (and emails) once;
 * - a second press while it runs (even in the same tick) does nothing;
 * - offline it fails at once and nothing is queued; no answer in time is a timeout;
 * - `abandon()` (closing the dialog) aborts it: nothing is sent after the user cancelled;
 * - once it has succeeded, the form cannot submit again (a press while the dialog closes does
 *   nothing, and closing it does not undo that) until `reset()` or `ready()` says the form is
 *   new: the dialog opened again, or the record it changed is shown afresh.
 * Changing what was entered starts a new intent; so does a refusal (4xx), since nothing was done.
 */
export function useIntentMutation<TBody, TResult>({
  send,
  onSuccess,
  onError,
  onSettled,
  timeoutMs = 20_000,
}: Options<TBody, TResult>) {
  const intent = useRef<{ input: string; body: TBody; key: string } | null>(null);
  const running = useRef<AbortController | null>(null);
  // Done: the change was made. Further presses are the same press, not a new change.
  const done = useRef(false);
  const mutation = useMutation({
    mutationFn: async ({ body, key, controller }: Run<TBody>) => {
      if (typeof navigator !== 'undefined' && !navigator.onLine) throw offlineError();
      if (controller.signal.aborted) throw abandoned();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      try {
        return await send(body, { signal: controller.signal, idempotencyKey: key });
      } catch (error) {
        if (timedOut) throw timeoutError();
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    onSuccess,
    onError,
    onSettled,
  });

  // A dialog that goes away takes its request with it.
  useEffect(() => () => running.current?.abort(), []);

  /** `input` is what was entered; without `body` it is the request itself. */
  function submit<TInput = TBody>(
    input: TInput,
    options: Submit<TInput, TBody, TResult> = {},
  ): void {
    if (done.current) return;
    if (running.current && !running.current.signal.aborted) return;
    const json = JSON.stringify(input);
    if (intent.current?.input !== json) {
      const body = options.body ? options.body(input) : (input as unknown as TBody);
      intent.current = { input: json, body, key: crypto.randomUUID() };
    }
    const { body, key } = intent.current;
    // Marks it running before the first await, so a second click in the same tick is ignored.
    const controller = new AbortController();
    running.current = controller;
    mutation.mutate(
      { body, key, controller },
      {
        onSuccess: (result) => {
          intent.current = null;
          done.current = true;
          options.onSuccess?.(result);
        },
        onError: (error) => {
          if (refused(error)) intent.current = null;
          options.onError?.(error);
        },
        onSettled: () => {
          if (running.current === controller) running.current = null;
        },
      },
    );
  }

  /** The same, as a promise (for steps that follow one another). */
  function submitAsync<TInput = TBody>(
    input: TInput,
    options: Omit<Submit<TInput, TBody, TResult>, 'onSuccess' | 'onError'> = {},
  ) {
    return new Promise<TResult>((resolve, reject) =>
      submit<TInput>(input, { ...options, onSuccess: resolve, onError: reject }),
    );
  }

  function abandon(): void {
    running.current?.abort();
    running.current = null;
    intent.current = null;
    mutation.reset();
  }

  /** Ready for a new change (the form is new: a dialog opened again, the record changed). */
  const ready = useCallback(() => {
    done.current = false;
  }, []);

  /** Ready for a new change, forgetting the last result and error. */
  const { reset: resetMutation } = mutation;
  const reset = useCallback(() => {
    done.current = false;
    resetMutation();
  }, [resetMutation]);

  return {
    submit,
    submitAsync,
    abandon,
    isPending: mutation.isPending,
    // An abandoned request's AbortError is never shown.
    error: mutation.error?.name === 'AbortError' ? null : mutation.error,
    reset,
    ready,
  };
}
