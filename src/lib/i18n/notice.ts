import type { Catalogue } from './catalogues';
import { translator } from './translate';

/**
 * The language-help notice that ends every email and letter: in full in the text's language,
 * then one short line in each other language the clinic has a catalogue for.
 */
export function noticeLines(
  language: string,
  catalogues: Record<string, Catalogue>,
  clinic: string,
): string[] {
  const line = (code: string, id: 'notice.languageHelp' | 'notice.languageHelpShort') =>
    translator(code, catalogues[code]!).t(id, { clinic });
  return [
    line(language, 'notice.languageHelp'),
    ...Object.keys(catalogues)
      .filter((code) => code !== language)
      .sort()
      .map((code) => line(code, 'notice.languageHelpShort')),
  ];
}
