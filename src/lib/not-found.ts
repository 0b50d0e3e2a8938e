import { notFound } from '@tanstack/react-router';
import { ApiError } from '../api/errors';

// Record ids are short and opaque; anything else (a null byte, "../..", a 300-character paste)
// cannot name a record, so it is not sent to the server at all.
const RECORD_ID = /^[A-Za-z0-9_-]{1,64}$/;

export function isRecordId(id: string): boolean {
  return RECORD_ID.test(id);
}

/**
 * Route loaders: an unknown or malformed id shows the not-found screen (nothing to retry), while
 * any other failure still reaches the error screen with its Try again.
 */
export async function orNotFound<T>(id: string, load: () => Promise<T>): Promise<T> {
  // TanStack Router's notFound() is a marker object, not an Error, by design.
  // eslint-disable-next-line @typescript-eslint/only-throw-error
  if (!isRecordId(id)) throw notFound();
  try {
    return await load();
  } catch (e) {
    // eslint-disable-next-line @typescript-eslint/only-throw-error
    if (e instanceof ApiError && e.status === 404) throw notFound();
    throw e;
  }
}
