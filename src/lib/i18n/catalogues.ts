import type english from '../../../translations/en.json';
import { ENGLISH } from '../languages';

/**
 * The catalogues of patient-facing texts, one JSON file per language in `translations/` (the
 * folder translators work in). English is the source: its ids are the type `MessageId`, so a
 * text asked for by an id no catalogue has fails the typecheck.
 */
export type MessageId = keyof typeof english;
export type Catalogue = Record<MessageId, string>;

/** Each catalogue as its own chunk, fetched the first time its language is needed. */
const LOADERS = import.meta.glob<Catalogue>('../../../translations/*.json', { import: 'default' });

const codeOf = (path: string) => /([A-Za-z-]+)\.json$/.exec(path)?.[1] ?? '';

/** The languages with a catalogue, English first: a new catalogue file adds a language. */
export const CATALOGUE_LANGUAGES: readonly string[] = Object.keys(LOADERS)
  .map(codeOf)
  .sort((a, b) => (a === ENGLISH ? -1 : b === ENGLISH ? 1 : a.localeCompare(b)));

export function hasCatalogue(code: string): boolean {
  return CATALOGUE_LANGUAGES.includes(code);
}

/** The language texts are written in for someone who prefers `code`: theirs, or English. */
export function textLanguage(code: string | null | undefined): string {
  return code && hasCatalogue(code) ? code : ENGLISH;
}

const loaded = new Map<string, Promise<Catalogue>>();

/** One language's catalogue (English when there is none for `code`), loaded once. */
export function loadCatalogue(code: string): Promise<Catalogue> {
  const lang = textLanguage(code);
  let p = loaded.get(lang);
  if (!p) {
    const path = Object.keys(LOADERS).find((k) => codeOf(k) === lang)!;
    p = LOADERS[path]!();
    loaded.set(lang, p);
  }
  return p;
}

/** Every catalogue, for texts that carry a line in each language (the language-help notice). */
export async function loadAllCatalogues(): Promise<Record<string, Catalogue>> {
  const all = await Promise.all(CATALOGUE_LANGUAGES.map(loadCatalogue));
  return Object.fromEntries(CATALOGUE_LANGUAGES.map((code, i) => [code, all[i]!]));
}
