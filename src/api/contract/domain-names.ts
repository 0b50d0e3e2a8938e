// The package's own file, not `punycode`, which Node resolves to its deprecated built-in (and
// `punycode/`, which some resolvers take for a folder of this project).
import punycode from 'punycode/punycode.js';

const { toASCII, toUnicode } = punycode;

/*
 * Domain names in both forms. Part of the contract, which stands alone: the email rule stores a
 * domain as punycode, and src/lib/email-domain.ts reads it back for people.
 */

/** The domain as a person reads it: punycode labels decoded. Falls back to the text as given. */
export function readableDomain(domain: string): string {
  try {
    return toUnicode(domain.toLowerCase());
  } catch {
    return domain;
  }
}

/** The domain as it travels: non-ASCII labels encoded as punycode (xn--…). */
export function asciiDomain(domain: string): string {
  try {
    return toASCII(domain);
  } catch {
    return domain;
  }
}
