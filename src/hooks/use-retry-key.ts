import { useRef } from 'react';

/**
 * The Idempotency-Key for a change: the same one while the same request is retried (a lost answer
 * must not make the change, or send the email, twice), a fresh one as soon as anything in it
 * changes.
 */
export function useRetryKey(): (body: unknown) => string {
  const last = useRef<{ body: string; key: string } | null>(null);
  return (body: unknown) => {
    const json = JSON.stringify(body ?? null);
    if (last.current?.body !== json) last.current = { body: json, key: crypto.randomUUID() };
    return last.current.key;
  };
}
