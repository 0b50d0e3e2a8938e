import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { readChaosParams } from './worker/demo-params';
import {
  API_PATH,
  clinicName,
  DEFAULT_PATIENTS,
  patientsFromName,
  type ForwardedRequest,
  type ForwardedResponse,
} from './worker/protocol';

/**
 * Starts the mock clinic in the browser (dev and demo builds only). The clinic itself lives in a
 * worker (mocks/worker/clinic-worker.ts), so seeding and saving never block this page: MSW here
 * only hands each /api/v1 request to it and returns its answer. Its state and clock are saved in
 * IndexedDB so a reload or a second tab sees the same clinic; it holds only the fake people.
 */

interface ClinicPort {
  postMessage(message: ForwardedRequest, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<ForwardedResponse>) => void) | null;
}

function openClinic(patients: number): { port: ClinicPort; failed: Promise<never> } {
  const name = clinicName(patients);
  let fail: (e: Error) => void = () => {};
  const failed = new Promise<never>((_, reject) => (fail = reject));
  const onError = () => fail(new Error('The mock clinic did not start.'));
  // Written out twice: Vite bundles a worker only from `new (Shared)Worker(new URL(…))` itself.
  if (typeof SharedWorker === 'function') {
    const worker = new SharedWorker(new URL('./worker/clinic-worker.ts', import.meta.url), {
      type: 'module',
      name,
    });
    worker.addEventListener('error', onError);
    worker.port.start();
    return { port: worker.port, failed };
  }
  const worker = new Worker(new URL('./worker/clinic-worker.ts', import.meta.url), {
    type: 'module',
    name,
  });
  worker.addEventListener('error', onError);
  return { port: worker, failed };
}

function clinicFailure(detail: string): Response {
  return HttpResponse.json(
    { type: 'about:blank', title: 'The mock clinic had a problem', status: 500, detail },
    { status: 500, headers: { 'Content-Type': 'application/problem+json' } },
  );
}

/**
 * `params`: the page's first address's `?latency=MS&chaos=RATE&seed=N&patients=N`. Returns one
 * sentence for each setting refused, for the page to show.
 */
export async function startMockClinic(params: URLSearchParams): Promise<string[]> {
  const read = readChaosParams(params);
  let chaos: ForwardedRequest['chaos'] = read.chaos;
  const patients = patientsFromName(`-${params.get('patients') ?? DEFAULT_PATIENTS}`);
  // Started first, so the clinic seeds while MSW registers its service worker.
  const { port, failed } = openClinic(patients);
  const pending = new Map<number, (answer: ForwardedResponse) => void>();
  let nextId = 1;
  port.onmessage = ({ data }) => {
    pending.get(data.id)?.(data);
    pending.delete(data.id);
  };

  // MSW's page tells its service worker "this tab closed" when it is left, and the service worker
  // then forgets the tab, or unregisters itself when it thinks no tab is left. In the only tab, a
  // full navigation (the Outbox's "Open as patient", a reload) raced the next page's start, which
  // could end up controlled by the unregistered worker; and a page brought back by Back from the
  // back-forward cache was forgotten. Either way every request went past the mock to the static
  // server: "Request failed (404)" on every screen. Added before MSW's own listener, this one
  // keeps that message from being sent; a closed tab's id left in the worker is harmless.
  window.addEventListener('beforeunload', (event) => event.stopImmediatePropagation());

  const worker = setupWorker(
    http.all(`${API_PATH}/*`, async ({ request, cookies }) => {
      const headers = [...request.headers];
      // The service worker never sees cookies; MSW passes them separately.
      const cookie = Object.entries(cookies)
        .map(([k, v]) => `${k}=${v}`)
        .join('; ');
      if (cookie) headers.push(['cookie', cookie]);
      const body = /^(GET|HEAD)$/.test(request.method) ? null : await request.arrayBuffer();
      const id = nextId++;
      const reply = new Promise<ForwardedResponse>((resolve) => pending.set(id, resolve));
      port.postMessage(
        { id, method: request.method, url: request.url, headers, body, chaos },
        body ? [body] : [],
      );
      chaos = null;
      const answer = await Promise.race([reply, failed]).catch((e: Error) => ({
        id,
        error: e.message,
      }));
      if ('error' in answer) return clinicFailure(answer.error);
      const empty = answer.body.byteLength === 0 || [204, 205, 304].includes(answer.status);
      // Set-Cookie here reaches the page's cookies through MSW, as if a server had sent it.
      return new HttpResponse(empty ? null : answer.body, {
        status: answer.status,
        headers: answer.headers,
      });
    }),
  );
  // quiet: MSW would otherwise log every request, patient data included, to the console.
  await worker.start({ onUnhandledRequest: 'bypass', quiet: true });
  return read.refused;
}
