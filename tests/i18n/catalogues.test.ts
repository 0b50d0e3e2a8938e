import { describe, expect, it } from 'vitest';
import { CATALOGUE_LANGUAGES, loadCatalogue } from '../../src/lib/i18n/catalogues';
import { CATALOGUES } from '../../src/lib/i18n/eager-catalogues';
import { catalogueProblems } from './catalogue-check';

const english = CATALOGUES.en!;

describe('the catalogues of patient texts (translations/)', () => {
  it('has English, Spanish and Vietnamese, English first', () => {
    expect(CATALOGUE_LANGUAGES).toEqual(['en', 'es', 'vi']);
  });

  it.each(Object.keys(CATALOGUES).filter((c) => c !== 'en'))(
    '%s has every English text, with the same placeholders',
    (code) => {
      expect(catalogueProblems(code, english, CATALOGUES[code]!)).toEqual([]);
    },
  );

  it('fails a catalogue that lacks a text, or whose placeholders differ from English', () => {
    const { ['letter.title']: _dropped, ...lacking } = CATALOGUES.es!;
    expect(catalogueProblems('es', english, lacking)).toEqual([
      'es: "letter.title" has no translation.',
    ]);
    const renamed = {
      ...CATALOGUES.es!,
      'email.accessLink.greeting': 'Hola, {nombre}:',
      'email.accessLink.expiry': 'Este enlace vence el {expires}.',
    };
    expect(catalogueProblems('es', english, renamed)).toEqual([
      'es: "email.accessLink.greeting" placeholders differ from English; missing {firstName:text}; not in English {nombre:text}.',
      'es: "email.accessLink.expiry" placeholders differ from English; missing {expires:date}; not in English {expires:text}.',
    ]);
    expect(
      catalogueProblems('es', english, { ...CATALOGUES.es!, 'letter.help': 'Llame a {clinic' }),
    ).toEqual([expect.stringMatching(/^es: "letter.help" is not a valid message/)]);
  });

  it('loads one language at a time, and English for a language with no catalogue', async () => {
    expect((await loadCatalogue('vi'))['letter.title']).toBe(CATALOGUES.vi!['letter.title']);
    expect((await loadCatalogue('ko'))['letter.title']).toBe('Your Patient Portal access code');
  });
});
