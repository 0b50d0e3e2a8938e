/**
 * Likely typos in the domain part of an email address, with the fix to suggest. Pure, so the
 * send dialog and the mock API agree on what is flagged.
 */
const DOMAIN_FIXES: Record<string, string> = {
  'gmial.com': 'gmail.com',
  'gmai.com': 'gmail.com',
  'gamil.com': 'gmail.com',
  'gnail.com': 'gmail.com',
  'gmail.co': 'gmail.com',
  'yaho.com': 'yahoo.com',
  'yahooo.com': 'yahoo.com',
  'yhoo.com': 'yahoo.com',
  'hotmial.com': 'hotmail.com',
  'hotmai.com': 'hotmail.com',
  'outlok.com': 'outlook.com',
  'iclod.com': 'icloud.com',
  'exmaple.com': 'example.com',
  'examle.com': 'example.com',
};

const TLD_FIXES: Record<string, string> = {
  con: 'com',
  cmo: 'com',
  ocm: 'com',
  nte: 'net',
  ogr: 'org',
};

export function suggestEmailFix(email: string): string | null {
  const at = email.lastIndexOf('@');
  if (at < 1) return null;
  const local = email.slice(0, at);
  const domain = email.slice(at + 1).toLowerCase();
  const fixed = DOMAIN_FIXES[domain];
  if (fixed) return `${local}@${fixed}`;
  const dot = domain.lastIndexOf('.');
  const tld = dot > 0 ? domain.slice(dot + 1) : '';
  const tldFix = TLD_FIXES[tld];
  if (tldFix) return `${local}@${domain.slice(0, dot + 1)}${tldFix}`;
  return null;
}
