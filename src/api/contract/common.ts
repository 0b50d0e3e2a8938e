import { en } from 'zod/locales';
import * as z from 'zod/mini';

// The app runs under a Content-Security-Policy without 'unsafe-eval': zod must not try to compile
// its parsers with `new Function` (even the probe for it is reported as a violation).
// The contract is written with zod's mini API (functions, not methods): the staff first screen
// parses its answers with it, and the full API with its JSON Schema generator weighs 15 kB more
// gzip. Mini has no default messages of its own: English ones, as the full API would give.
z.config({ jitless: true, ...en() });

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

export const fieldErrorSchema = z.object({ field: z.string(), message: z.string() });

/** RFC 9457 problem details, as every error response carries them. */
export const problemSchema = z.object({
  type: z._default(z.string(), 'about:blank'),
  title: z.string(),
  status: z.number().check(z.int()),
  detail: z.optional(z.string()),
  errors: z.optional(z.array(fieldErrorSchema)),
  /** For 409: the record as it is now, so the client can show what changed. */
  current: z.optional(z.unknown()),
  /** For 429: seconds to wait before the next try, as in the Retry-After header. */
  retryAfter: z.optional(z.number().check(z.int(), z.minimum(1))),
});
export type Problem = z.infer<typeof problemSchema>;

export function paginated<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().check(z.int(), z.minimum(1)),
    pageSize: z.number().check(z.int(), z.minimum(1)),
    total: z.number().check(z.int(), z.minimum(0)),
  });
}
export interface Paginated<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
}

// Text as people type it. Every string the API accepts goes through one of these, so each field
// is bounded, trimmed and normalised the same way on both sides, with a message naming the field.

// Control characters (C0 except tab and newline, DEL, C1), invisible formatting characters
// (zero-width, soft hyphen, word joiners) and bidi overrides/isolates, which hide or reverse text.
export const HIDDEN_CHARS =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb]/u;
const LINE_BREAKS = /[\t\n]/;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const lower = (field: string) => field.charAt(0).toLowerCase() + field.slice(1);

/** The message when the field is missing or not text at all. */
export function textTypeError(field: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null
      ? `Enter ${lower(field)}.`
      : `${field} must be text.`;
}

interface TextRules {
  max: number;
  min?: number;
  /** Names, emails and codes are one line; notes may span several. */
  multiline?: boolean;
}

/** Free text (reasons, notes): trimmed, NFC, bounded, no hidden characters. */
export function plainText(field: string, { max, min = 0, multiline = true }: TextRules) {
  const tooLong = `${field} is too long: use at most ${max} characters.`;
  return z.pipe(
    z.pipe(
      // Refuse a huge paste before normalising it (NFC of megabytes is work for nothing).
      z
        .string({ error: textTypeError(field) })
        .check(z.maxLength(max * 4 + 64, { error: tooLong })),
      z.transform((s: string) => s.normalize('NFC').trim()),
    ),
    z.string().check(
      z.refine((s) => !HIDDEN_CHARS.test(s), {
        error: `${field} contains hidden or direction-changing characters. Retype it without them.`,
        abort: true,
      }),
      z.refine((s) => multiline || !LINE_BREAKS.test(s), {
        error: `${field} must be on one line. Remove the line breaks and tabs.`,
        abort: true,
      }),
      z.minLength(min, {
        error: min <= 1 ? `Enter ${lower(field)}.` : `${field} needs at least ${min} characters.`,
      }),
      z.maxLength(max, { error: tooLong }),
      z.refine((s) => s.length === 0 || min === 0 || LETTER_OR_DIGIT.test(s), {
        error: `${field} needs at least one letter or digit.`,
      }),
    ),
  );
}

/** A person's name as staff record it: one line, with at least one letter. */
export function personName(field = 'Name') {
  return plainText(field, { min: 1, max: 100, multiline: false });
}

/** An opaque id (path parameter or reference): letters, digits, "_" and "-" only. */
export function recordId(field = 'Id') {
  return z.string({ error: textTypeError(field) }).check(
    z.regex(/^[A-Za-z0-9_-]{1,64}$/, {
      error: `${field} is not a valid record id. Open the record from search instead.`,
    }),
  );
}

/** The record version a write was made against (optimistic concurrency). */
export const versionField = z
  .number({ error: 'Version must be a number: reload the record and try again.' })
  .check(
    z.int({ error: 'Version must be a whole number: reload the record and try again.' }),
    z.minimum(1, { error: 'Version must be 1 or more: reload the record and try again.' }),
    z.maximum(Number.MAX_SAFE_INTEGER, {
      error: 'Version is out of range: reload the record and try again.',
    }),
  );

/** A request body or query: an object, with a plain message when something else arrives. */
export function requestObject<S extends z.core.$ZodLooseShape>(shape: S) {
  return z.object(shape, {
    error: 'Send the request as a JSON object with the fields this form has.',
  });
}

/** A listing's page number, from its query string (every paged listing takes the same). */
export const pageField = z.optional(
  z.coerce
    .number({ error: 'Page must be a number.' })
    .check(
      z.int({ error: 'Page must be a whole number.' }),
      z.minimum(1, { error: 'Page must be 1 or more.' }),
      z.maximum(10_000, { error: 'Page must be 10,000 or less.' }),
    ),
);

/** A listing's page size, from its query string, up to the listing's own most. */
export function pageSizeField(max: number) {
  return z.optional(
    z.coerce
      .number({ error: 'Page size must be a number.' })
      .check(
        z.int({ error: 'Page size must be a whole number.' }),
        z.minimum(1, { error: 'Page size must be 1 or more.' }),
        z.maximum(max, { error: `Page size must be ${max} or less.` }),
      ),
  );
}

/** The page and page size of a listing, from its query string. */
export const pageQuerySchema = requestObject({
  page: pageField,
  pageSize: pageSizeField(100),
});

/**
 * A language as a BCP 47 code ("en", "es", "vi", "pt-BR"): a patient's or care partner's
 * preferred language, and the language a text was sent in. Texts go out in it when the clinic
 * has a catalogue for it, otherwise in English.
 */
export const languageCode = z.string({ error: textTypeError('Language') }).check(
  z.maxLength(20, { error: 'Language must be a language code such as en, es or vi.' }),
  z.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/, {
    error: 'Language must be a language code such as en, es or vi.',
  }),
);
