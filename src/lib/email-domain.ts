import { readableDomain } from '../api/contract/domain-names';

/**
 * Domains that only look like a familiar one. A browser's email field turns `exаmple.com` (with a
 * Cyrillic а) into `xn--exmple-4nf.com`, which reads as nothing to staff and as example.com to the
 * patient. Pure, so the send dialog and the API flag exactly the same addresses.
 */

// Scripts whose letters pass for Latin ones (Unicode TR39's usual suspects).
const LOOKALIKE_SCRIPTS = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Cherokee', /\p{Script=Cherokee}/u],
] as const;

// Cyrillic and Greek letters drawn like Latin ones: a label made only of these spells a Latin word.
const LATIN_LOOKALIKES = new Set([...'аеорсухіјѕԁһӏԛԝвмткпгьъӀνορτικαεѕ']);

// Invisible and direction-changing characters have no place in a domain.
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/u;

function scriptsOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const ch of text) {
    const hit = LOOKALIKE_SCRIPTS.find(([, re]) => re.test(ch));
    if (hit) found.add(hit[0]);
  }
  return found;
}

function looksLatin(label: string): boolean {
  const letters = [...label].filter((ch) => /\p{L}/u.test(ch));
  return (
    letters.length > 0 &&
    letters.some((ch) => !/\p{Script=Latin}/u.test(ch)) &&
    letters.every((ch) => /\p{Script=Latin}/u.test(ch) || LATIN_LOOKALIKES.has(ch))
  );
}

/**
 * The readable domain when the address's domain mixes scripts, is made of letters that only look
 * Latin, or hides invisible characters; null for an ordinary domain (including a genuine
 * single-script one such as пример.рф).
 */
export function lookalikeDomain(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 0) return null;
  const readable = readableDomain(email.slice(at + 1).trim());
  const labels = readable.split('.');
  const suspicious =
    scriptsOf(readable).size > 1 || INVISIBLE.test(readable) || labels.some(looksLatin);
  return suspicious ? readable : null;
}

/** The same mailbox in practice: mail systems ignore letter case, so a case change is no correction. */
export function sameEmail(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** One wording for the dialog and the API: what the domain really reads as, and what to do. */
export function lookalikeMessage(readable: string): string {
  return `The domain reads as ${readable}: it only looks like a familiar one. Check it letter by letter with the patient, then confirm it.`;
}
