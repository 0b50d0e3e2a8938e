import { IntlMessageFormat } from 'intl-messageformat';
import { clinicTimeZone } from '../clinic-time';
import type { Catalogue, MessageId } from './catalogues';

export type MessageValue = string | number | Date;
export type MessageValues = Record<string, MessageValue>;

/**
 * ICU's date styles, read on the clinic's calendar: `{expires, date, medium}` is "Dec 5, 2026"
 * in English, `{expires, date, long}` is "5 de diciembre de 2026" in Spanish.
 */
function dateFormats(timeZone: string) {
  return {
    date: {
      short: { year: '2-digit', month: 'numeric', day: 'numeric', timeZone },
      medium: { year: 'numeric', month: 'short', day: 'numeric', timeZone },
      long: { year: 'numeric', month: 'long', day: 'numeric', timeZone },
      full: { year: 'numeric', month: 'long', day: 'numeric', weekday: 'long', timeZone },
    },
  } as const;
}

export interface Translator {
  /** The language the texts are in ("es"): the page's `lang`, the delivery's record. */
  readonly language: string;
  /** The text of `id` with its placeholders filled in. */
  t: (id: MessageId, values?: MessageValues) => string;
  /** The same, with `<b>…</b>` in the text handed to `b` (bold on a page or a letter). */
  rich: <T>(
    id: MessageId,
    values: MessageValues,
    b: (chunks: (string | T)[]) => T,
  ) => (string | T)[];
}

/** Texts in one language. A message missing from the catalogue is an error, never blank. */
export function translator(language: string, catalogue: Catalogue): Translator {
  const cache = new Map<MessageId, IntlMessageFormat>();
  const formats = dateFormats(clinicTimeZone());
  const format = (id: MessageId) => {
    let f = cache.get(id);
    if (!f) {
      const source = catalogue[id];
      if (typeof source !== 'string')
        throw new Error(`The ${language} catalogue has no text for "${id}".`);
      f = new IntlMessageFormat(source, language, formats, { ignoreTag: false });
      cache.set(id, f);
    }
    return f;
  };
  return {
    language,
    t: (id, values) => String(format(id).format(values)),
    rich: <T>(id: MessageId, values: MessageValues, b: (chunks: (string | T)[]) => T) => {
      const out = format(id).format<T>({ ...values, b: (chunks: (string | T)[]) => b(chunks) });
      return Array.isArray(out) ? out : [out];
    },
  };
}
