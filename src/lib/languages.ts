/**
 * Language codes (BCP 47, "en", "es", "vi") and their names for staff, in English. Staff screens
 * stay in English; the name comes from the browser's own Intl data, so showing "Spanish" costs
 * no catalogue and no bytes on the staff screens.
 */
export const ENGLISH = 'en';

let names: Intl.DisplayNames | undefined;

/** "Spanish" for "es"; the code itself when the browser knows no name for it. */
export function languageName(code: string): string {
  names ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
