// `npm run bench`, part 2: the demo build in Chromium. How soon its first screen shows, how long
// the page's main thread is blocked while the mock clinic starts, and how long saving one change
// takes with 8,000 and with 80,000 patients (it should not grow with the clinic).
import { chromium } from '@playwright/test';
import { serveDemo } from './demo-server.mjs';

const RUNS = 3;
// BENCH_SIZES=8000,80000 (the default); 0 skips the saving part.
const SIZES = (process.env.BENCH_SIZES ?? '8000,80000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);

// Before any page script: note long tasks (> 50 ms) and when the first screen's heading appears.
function observe() {
  window.__bench = { longTasks: [], firstScreen: null };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__bench.longTasks.push([e.startTime, e.duration]);
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver((_, observer) => {
    if (document.querySelector('#root h1')) {
      window.__bench.firstScreen = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${Math.round(x)} ms`.padStart(8);

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
// BENCH_ORIGIN measures a demo already served there (e.g. an older build, to compare).
const demo = process.env.BENCH_ORIGIN
  ? { origin: process.env.BENCH_ORIGIN, close: async () => {} }
  : await serveDemo({ port: Number(process.env.BENCH_PORT ?? 4326) });

/** A first visit: fresh profile, no saved clinic. Waits until the clinic has answered once. */
async function firstVisit() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript(observe);
  await page.goto(`${demo.origin}/`);
  await page.getByRole('button', { name: 'Sign in as Front desk' }).waitFor();
  // Main-thread work can go on after the screen shows: look a little longer.
  await page.waitForTimeout(1500);
  const r = await page.evaluate(() => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const tasks = window.__bench.longTasks;
    return {
      fcp: paint?.startTime ?? NaN,
      firstScreen: window.__bench.firstScreen,
      blocking: tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      longest: tasks.reduce((max, [, d]) => Math.max(max, d), 0),
    };
  });
  await context.close();
  return r;
}

/** Signs in and changes the demo clock `times` times; the clinic reports each save's time. */
async function saveTimes(patients, times) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${demo.origin}/sign-in?patients=${patients}`);
  await page.getByRole('button', { name: 'Sign in as Front desk' }).waitFor();
  const result = await page.evaluate(
    async ({ times }) => {
      const started = performance.now();
      // Until MSW controls the page, requests reach the static server (404).
      while ((await fetch('/api/v1/session')).status !== 401) {
        await new Promise((r) => setTimeout(r, 50));
      }
      // The session is a cookie the mock clinic sets; the custom header marks the app's own calls.
      const call = async (method, path, body) => {
        const res = await fetch(`/api/v1${path}`, {
          method,
          headers: {
            'Content-Type': 'application/json',
            'Idempotency-Key': crypto.randomUUID(),
            'X-Requested-With': 'access-desk',
          },
          body: JSON.stringify(body),
        });
        if (!res.ok) throw new Error(`${method} ${path}: ${res.status}`);
        const timing = /persist;dur=([\d.]+)/.exec(res.headers.get('server-timing') ?? '');
        return { json: await res.json(), persist: timing ? Number(timing[1]) : NaN };
      };
      await call('POST', '/session', {
        email: 'frontdesk@clinic.example',
        password: 'demo',
      });
      const ready = performance.now() - started;
      const saves = [];
      for (let i = 0; i < times; i += 1) {
        const t = performance.now();
        const { persist } = await call('POST', '/_mock/clock', { days: 1 });
        saves.push({ persist, request: performance.now() - t });
      }
      return { ready, saves };
    },
    { times },
  );
  await context.close();
  return result;
}

try {
  console.log(`\nDemo build, first visit to / (median of ${RUNS}, Chromium, no throttling)`);
  const visits = [];
  for (let i = 0; i < RUNS; i += 1) visits.push(await firstVisit());
  console.log(`  first contentful paint       ${ms(median(visits.map((v) => v.fcp)))}`);
  console.log(`  time to first screen         ${ms(median(visits.map((v) => v.firstScreen)))}`);
  console.log(`  main-thread blocking (TBT)   ${ms(median(visits.map((v) => v.blocking)))}`);
  console.log(`  longest main-thread task     ${ms(median(visits.map((v) => v.longest)))}`);

  if (SIZES.length)
    console.log('\nSaving one change (Advance clock: the clock, one audit row), median of 10');
  for (const patients of SIZES) {
    const { ready, saves } = await saveTimes(patients, 10);
    console.log(
      `  ${patients.toLocaleString('en-US').padStart(6)} patients: save ${ms(median(saves.map((s) => s.persist)))}, ` +
        `whole request ${ms(median(saves.map((s) => s.request)))}  (clinic ready after ${Math.round(ready)} ms)`,
    );
  }
} finally {
  await browser.close();
  await demo.close();
}
