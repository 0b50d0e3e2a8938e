/**
 * Idempotency keys, as a real server keeps them:
 * - bound to who sent the request and to which route: the same key from another caller or on
 *   another path is a different entry, so no one can replay someone else's answer;
 * - bound to the request body: the same key with another body is refused (422);
 * - a key whose request is still running is refused (409), so a change never runs twice;
 * - held in a Map (no key can collide with object internals such as `__proto__`), for a limited
 *   time and number;
 * - the stored answer is encrypted with a key derived from the Idempotency-Key itself, which the
 *   store never keeps in clear: an access code in a stored answer cannot be read from the store.
 */

type Begin =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: unknown }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

interface Entry {
  fingerprint: string;
  expiresAt: number;
  answer: { status: number; iv: Uint8Array<ArrayBuffer>; sealed: ArrayBuffer } | null;
}

const encoder = new TextEncoder();

async function sha256(text: string): Promise<ArrayBuffer> {
  return crypto.subtle.digest('SHA-256', encoder.encode(text));
}

async function hex(text: string): Promise<string> {
  return Array.from(new Uint8Array(await sha256(text)), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('');
}

async function sealingKey(scope: string, key: string): Promise<CryptoKey> {
  const raw = await sha256(`seal\n${scope}\n${key}`);
  return crypto.subtle.importKey('raw', raw, 'AES-GCM', false, ['encrypt', 'decrypt']);
}

export class IdempotencyStore {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly maxEntries = 5000,
    private readonly clock: () => number = () => Date.now(),
  ) {}

  /** Call before running a change. `scope` names the caller and the route. */
  async begin(scope: string, key: string, body: string): Promise<Begin> {
    this.forgetExpired();
    const id = await hex(`${scope}\n${key}`);
    const fingerprint = await hex(body);
    const entry = this.entries.get(id);
    if (!entry) {
      this.entries.set(id, { fingerprint, expiresAt: this.clock() + this.ttlMs, answer: null });
      return { kind: 'new' };
    }
    if (entry.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (!entry.answer) return { kind: 'in-flight' };
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: entry.answer.iv },
      await sealingKey(scope, key),
      entry.answer.sealed,
    );
    return {
      kind: 'replay',
      status: entry.answer.status,
      body: JSON.parse(new TextDecoder().decode(plain)) as unknown,
    };
  }

  /** The change succeeded: keep its answer for replays. */
  async complete(scope: string, key: string, status: number, body: unknown): Promise<void> {
    const id = await hex(`${scope}\n${key}`);
    const entry = this.entries.get(id);
    if (!entry) return;
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const sealed = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv },
      await sealingKey(scope, key),
      encoder.encode(JSON.stringify(body ?? null)),
    );
    entry.answer = { status, iv, sealed };
  }

  /** The change failed: the same key may try again. */
  async abandon(scope: string, key: string): Promise<void> {
    const id = await hex(`${scope}\n${key}`);
    if (!this.entries.get(id)?.answer) this.entries.delete(id);
  }

  clear(): void {
    this.entries.clear();
  }

  /** What is held, for tests: never the keys or the answers in clear. */
  snapshot(): { ids: string[]; stored: string } {
    const ids = [...this.entries.keys()];
    const stored = JSON.stringify(
      [...this.entries.values()].map((e) => ({
        ...e,
        answer: e.answer && Array.from(new Uint8Array(e.answer.sealed)),
      })),
    );
    return { ids, stored };
  }

  private forgetExpired(): void {
    const now = this.clock();
    for (const [id, e] of this.entries) if (e.expiresAt <= now) this.entries.delete(id);
    // Oldest first (a Map keeps insertion order): past the cap, the oldest entries go.
    while (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }
}
