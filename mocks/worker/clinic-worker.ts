// First: configures the clinic (today's date, its size) before db.ts seeds it on import.
import { todayAtNine } from './setup';
import { getResponse } from 'msw';
import { db, replaceDb, resetDb, type DbState } from '../db';
import { handlers } from '../handlers';
import { chaos, setChaos } from '../http';
import { runtime } from '../runtime';
import {
  clinicName,
  DEFAULT_LATENCY_MS,
  type ForwardedRequest,
  type ForwardedResponse,
} from './protocol';
import {
  applyRows,
  loadClinic,
  openRowStore,
  saveChanges,
  seedFingerprint,
  type RowUpdate,
  type SeedIdentity,
} from './row-store';
import { trackChanges } from './tracker';

/**
 * The mock clinic of the dev and demo builds, off the page's main thread. One SharedWorker serves
 * every tab of the browser (a dedicated worker per tab where SharedWorker is missing): it seeds the
 * clinic, runs the same MSW handlers the tests use on each request a page forwards, and saves the
 * rows a change touched before the answer goes back.
 */

interface Port {
  onmessage: ((event: MessageEvent<ForwardedRequest>) => void) | null;
  postMessage(message: ForwardedResponse, transfer: Transferable[]): void;
}
declare const self: Port & { onconnect?: (event: MessageEvent) => void };

const name = clinicName(runtime.seedPatients);
const rows = openRowStore(name);
// Only dedicated workers (one per tab) need it: a SharedWorker is the one copy of the clinic.
const channel = new BroadcastChannel(name);

// A little latency by default, as a real network has; tests run with none.
chaos.latencyMs = DEFAULT_LATENCY_MS;

let current: DbState = db;
let seed: SeedIdentity = { seedNow: db.now, fingerprint: seedFingerprint(db) };
let tracker = trackChanges(db);
let resetPending = false;
let saving: Promise<unknown> = Promise.resolve();
/** How long the last save took, reported to the bench as Server-Timing. */
let lastSaveMs = 0;

function use(state: DbState): void {
  current = state;
  tracker = trackChanges(state);
  replaceDb(tracker.store);
}

runtime.onReset = () => {
  // The handler has replaced `db` with a fresh seed of today; track it from here on.
  seed = { seedNow: db.now, fingerprint: seedFingerprint(db) };
  use(db);
  resetPending = true;
};

// Saves queue up, so an answer never goes out before a save holding its change has committed.
runtime.persist = () => {
  const run = saving.then(async () => {
    const started = performance.now();
    const changes = tracker.take();
    const reset = resetPending;
    resetPending = false;
    // The reset handler signs its caller in on the fresh seed, before tracking starts.
    if (reset) changes.rewrite.add('sessions');
    if (!reset && !changes.meta && !changes.rows.size && !changes.rewrite.size) return;
    const update = await saveChanges(rows, current, changes, seed, reset);
    channel.postMessage(update);
    lastSaveMs = performance.now() - started;
  });
  saving = run.catch(() => undefined);
  return run;
};

channel.onmessage = ({ data }: MessageEvent<RowUpdate>) => {
  if (data.reset) {
    use(resetDb(data.meta.seedNow));
    seed = { seedNow: data.meta.seedNow, fingerprint: data.meta.fingerprint };
  }
  applyRows(current, data.rows);
  current.now = data.meta.now;
  current.nextId = data.meta.nextId;
};

// db.ts seeded today's clinic on import; nothing has touched it yet, so use it rather than
// cloning the seed again (a clone of 8,000 patients costs a good part of the start).
const imported = db;
const seedOf = (now: string): DbState => (now === imported.now ? imported : resetDb(now));

const ready = (async () => {
  let unreadable = false;
  const saved = await loadClinic(rows, seedOf).catch(() => {
    unreadable = true;
    return null;
  });
  if (saved) {
    seed = saved.seed;
    use(saved.state);
    return;
  }
  // A failed load may have laid some rows over the imported seed: start from a clean one.
  use(unreadable ? resetDb(todayAtNine()) : seedOf(todayAtNine()));
  seed = { seedNow: current.now, fingerprint: seedFingerprint(current) };
  resetPending = true;
  await runtime.persist();
})();

function toRequest(message: ForwardedRequest): Request {
  const headers = new Headers(message.headers);
  const request = new Request(message.url, {
    method: message.method,
    headers,
    body: message.body,
  });
  // A Request drops Cookie (a forbidden header); the handlers read it from these headers.
  if (headers.has('cookie')) Object.defineProperty(request, 'headers', { value: headers });
  return request;
}

/** Set-Cookie cannot be read from a Response; MSW keeps it on the side. */
function setCookieOf(response: Response): string | null {
  const key = Object.getOwnPropertySymbols(response).find((s) => s.description === 'kSetCookie');
  return key ? (Reflect.get(response, key) as string) : null;
}

async function answer(message: ForwardedRequest): Promise<ForwardedResponse> {
  try {
    await ready;
    if (message.chaos) setChaos(message.chaos);
    lastSaveMs = 0;
    const response =
      (await getResponse(handlers, toRequest(message))) ?? new Response(null, { status: 404 });
    const headers = [...response.headers];
    const cookie = setCookieOf(response);
    if (cookie) headers.push(['set-cookie', cookie]);
    if (lastSaveMs) headers.push(['server-timing', `persist;dur=${lastSaveMs.toFixed(2)}`]);
    return { id: message.id, status: response.status, headers, body: await response.arrayBuffer() };
  } catch (e) {
    return { id: message.id, error: e instanceof Error ? e.message : String(e) };
  }
}

function listen(port: Port): void {
  port.onmessage = ({ data }) => {
    void answer(data).then((reply) => port.postMessage(reply, 'body' in reply ? [reply.body] : []));
  };
}

if ('onconnect' in self) self.onconnect = (event) => listen(event.ports[0]!);
else listen(self);
