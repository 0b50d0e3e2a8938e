import { ENGLISH } from '../languages';
import type { Catalogue } from './catalogues';
import { noticeLines } from './notice';
import { translator, type Translator } from './translate';

/**
 * Every catalogue at once, for the mock clinic that renders the emails (it never ships in the
 * normal build) and for tests. The app loads one language at a time through `loadCatalogue`.
 */
const ALL = import.meta.glob<Catalogue>('../../../translations/*.json', {
  import: 'default',
  eager: true,
});

export const CATALOGUES: Record<string, Catalogue> = Object.fromEntries(
  Object.entries(ALL).map(([path, c]) => [/([A-Za-z-]+)\.json$/.exec(path)![1]!, c]),
);

/** Texts in `code`, or in English when there is no catalogue for it. */
export function translatorFor(code: string | null | undefined): Translator {
  const lang = code && CATALOGUES[code] ? code : ENGLISH;
  return translator(lang, CATALOGUES[lang]!);
}

/** The language texts go out in for someone who prefers `code`: theirs, or English. */
export function textLanguageOf(code: string | null | undefined): string {
  return code && CATALOGUES[code] ? code : ENGLISH;
}

/** The language-help notice for a text in `language`, with a line in each other language. */
export function languageHelpLines(language: string, clinic: string): string[] {
  return noticeLines(language, CATALOGUES, clinic);
}
