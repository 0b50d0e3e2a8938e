import { del, get, set } from 'idb-keyval';
import { http } from 'msw';
import { setupWorker } from 'msw/browser';
import { db, replaceDb, resetDb, type DbState } from './db';
import { handlers } from './handlers';
import { API, chaos } from './http';
import { runtime } from './runtime';

/** Bump when DbState changes shape, so an old saved clinic is replaced by a fresh seed. */
const SCHEMA = 1;
const STATE_KEY = 'access-desk-mock-clinic';
const REV_KEY = 'access-desk-mock-clinic-rev';
let loadedRev: string | null = null;

function todayAtNine(): string {
  const d = new Date();
  d.setUTCHours(9, 0, 0, 0);
  return d.toISOString();
}

async function save(): Promise<void> {
  loadedRev = crypto.randomUUID();
  await set(STATE_KEY, { schema: SCHEMA, state: db });
  await set(REV_KEY, loadedRev);
}

/** Another tab of this browser changed the clinic: pick up its copy before answering. */
async function syncFromOtherTabs(): Promise<void> {
  const rev = await get<string>(REV_KEY);
  if (!rev || rev === loadedRev) return;
  const saved = await get<{ schema: number; state: DbState }>(STATE_KEY);
  if (saved?.schema === SCHEMA) replaceDb(saved.state);
  loadedRev = rev;
}

/**
 * Starts the mock clinic in the browser (dev and demo builds only). Its state and clock are saved
 * in IndexedDB so a reload or a second tab sees the same clinic; it holds only the fake people.
 */
export async function startMockClinic(): Promise<void> {
  runtime.seedNow = todayAtNine;
  runtime.onReset = () => void save();
  const saved = await get<{ schema: number; state: DbState }>(STATE_KEY).catch(() => undefined);
  if (saved?.schema === SCHEMA) {
    replaceDb(saved.state);
    loadedRev = (await get<string>(REV_KEY)) ?? null;
  } else {
    resetDb(todayAtNine());
    await del(STATE_KEY);
    await save();
  }
  const params = new URLSearchParams(window.location.search);
  chaos.latencyMs = Number(params.get('latency') ?? 150);
  chaos.failureRate = Number(params.get('chaos') ?? 0);

  const worker = setupWorker(
    http.all(`${API}/*`, async () => {
      await syncFromOtherTabs();
      // Falls through to the real handler.
    }),
    ...handlers,
  );
  worker.events.on('response:mocked', ({ request }) => {
    if (request.method !== 'GET') void save();
  });
  // quiet: MSW would otherwise log every request, patient data included, to the console.
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
}
