import { useEffect, useMemo, useState } from 'react';
import { loadAllCatalogues, textLanguage, type Catalogue } from './catalogues';
import { noticeLines } from './notice';
import { translator, type Translator } from './translate';

export interface PatientTexts {
  /** The texts' language ("es"): put it in the `lang` of whatever shows them. */
  language: string;
  tr: Translator;
  /** The language-help notice, with a line in each other language, for `clinic`. */
  notice: (clinic: string) => string[];
  /** Each catalogue language and its own name for itself ("Español"), for a language switch. */
  languages: { code: string; name: string }[];
}

let all: Record<string, Catalogue> | undefined;

/**
 * Patient texts in `language` (English when there is no catalogue for it), null while the
 * catalogues load. Only the screens patients read, and the dialogs that preview them, use it:
 * the staff screens never load a catalogue or the message formatter.
 */
export function usePatientTexts(language: string): PatientTexts | null {
  const lang = textLanguage(language);
  const [catalogues, setCatalogues] = useState(all);
  useEffect(() => {
    if (catalogues) return;
    let live = true;
    void loadAllCatalogues().then((loaded) => {
      all = loaded;
      if (live) setCatalogues(loaded);
    });
    return () => {
      live = false;
    };
  }, [catalogues]);
  return useMemo(
    () =>
      catalogues
        ? {
            language: lang,
            tr: translator(lang, catalogues[lang]!),
            notice: (clinic: string) => noticeLines(lang, catalogues, clinic),
            languages: Object.keys(catalogues).map((code) => ({
              code,
              name: catalogues[code]!['language.name'],
            })),
          }
        : null,
    [lang, catalogues],
  );
}
