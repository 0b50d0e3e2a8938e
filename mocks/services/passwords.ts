/**
 * Portal passwords are stored only as a salted hash: PBKDF2-HMAC-SHA256 through WebCrypto
 * (`crypto.subtle`, in the browser's worker, in Node and in jsdom alike), with a random salt for
 * each account. The stored text names the method, the iteration count and the salt, so a later,
 * higher count still checks older hashes:
 *
 *   pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>
 *
 * A backend porting the services keeps the same rule: never the password itself, in the store,
 * a log or an audit entry.
 */

/**
 * DEMO-ONLY setting: few iterations, so the demo and its tests stay quick on a shared machine.
 * A production store uses OWASP's current figure for PBKDF2-HMAC-SHA256 (600,000), or a memory-
 * hard method (Argon2id); the count is stored with each hash, so raising it keeps old hashes
 * working.
 */
export const DEMO_PBKDF2_ITERATIONS = 10_000;

const METHOD = 'pbkdf2-sha256';
const SALT_BYTES = 16;
const HASH_BITS = 256;

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const s = atob(text);
  const bytes = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i += 1) bytes[i] = s.charCodeAt(i);
  return bytes;
}

async function derive(
  password: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey(
    'raw',
    new TextEncoder().encode(password),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    key,
    HASH_BITS,
  );
  return new Uint8Array(bits);
}

/** A new salted hash of `password`, with its own random salt. */
export async function hashPassword(
  password: string,
  iterations = DEMO_PBKDF2_ITERATIONS,
): Promise<string> {
  const salt = crypto.getRandomValues(new Uint8Array(SALT_BYTES));
  const hash = await derive(password, salt, iterations);
  return [METHOD, String(iterations), toBase64(salt), toBase64(hash)].join('$');
}

/**
 * Checked against a hash no password matches when the email has no account, so a wrong email
 * takes as long as a wrong password and the time taken does not tell which emails have one.
 */
const NO_ACCOUNT = `${METHOD}$${DEMO_PBKDF2_ITERATIONS}$${toBase64(new Uint8Array(SALT_BYTES))}$`;

/** Whether `password` is the one `stored` was made from (every byte compared, whatever differs). */
export async function verifyPassword(password: string, stored: string | null): Promise<boolean> {
  const [method, count, salt, hash] = (stored ?? NO_ACCOUNT).split('$');
  const iterations = Number(count);
  if (method !== METHOD || !Number.isInteger(iterations) || iterations < 1 || !salt) return false;
  const expected = fromBase64(hash ?? '');
  const actual = await derive(password, fromBase64(salt), iterations);
  let diff = expected.length ^ actual.length;
  for (let i = 0; i < actual.length; i += 1) diff |= actual[i]! ^ (expected[i] ?? 0);
  return stored !== null && diff === 0;
}
