// `npm run bench:lighthouse`: Lighthouse on the demo build's first page, in Debian's Chromium, with
// two presets: Lighthouse's desktop preset, and its default throttling (4× CPU slowdown, slow 4G)
// on a desktop-sized screen, which stands for an old front-desk PC on a shared network.
// Options: --port N (default 4324), --skip-build, --runs N (median is printed), --preset desktop |
// throttled (default: both), --origin URL (measure an app already served there instead), --save DIR
// (keep each run's Lighthouse report there as JSON, to read its audits).
// Timings depend on the machine: run it on a quiet one, never in CI.
import lighthouse from 'lighthouse';
import {
  screenEmulationMetrics,
  throttling,
  userAgents,
} from 'lighthouse/core/config/constants.js';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import { serveDemo } from './demo-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const port = Number(arg('port', 4324));
const runs = Number(arg('runs', 3));
const origin = arg('origin', null);
const saveDir = arg('save', null);
if (saveDir) mkdirSync(saveDir, { recursive: true });

const PRESETS = {
  desktop: { config: desktopConfig, goal: 95 },
  throttled: {
    config: {
      extends: 'lighthouse:default',
      settings: {
        formFactor: 'desktop',
        throttlingMethod: 'simulate',
        throttling: throttling.mobileSlow4G,
        screenEmulation: screenEmulationMetrics.desktop,
        emulatedUserAgent: userAgents.desktop,
      },
    },
    goal: 75,
  },
};
const chosen = arg('preset', null);
const presets = chosen ? [chosen] : Object.keys(PRESETS);
for (const p of presets) if (!PRESETS[p]) throw new Error(`Unknown --preset ${p}`);
const demo = origin
  ? { origin, close: async () => {} }
  : await serveDemo({ port, skipBuild: process.argv.includes('--skip-build') });
const results = Object.fromEntries(presets.map((p) => [p, []]));
try {
  for (const preset of presets)
    for (let i = 0; i < runs; i += 1) {
      // A fresh profile each run: a first visit, nothing cached, no saved clinic.
      const chrome = await chromeLauncher.launch({
        chromePath: '/usr/bin/chromium',
        chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      });
      try {
        const { lhr } = await lighthouse(
          `${demo.origin}/`,
          { port: chrome.port, output: 'json', logLevel: 'error' },
          PRESETS[preset].config,
        );
        if (saveDir) writeFileSync(join(saveDir, `${preset}-${i + 1}.json`), JSON.stringify(lhr));
        const a = lhr.audits;
        const r = {
          performance: Math.round(lhr.categories.performance.score * 100),
          accessibility: Math.round(lhr.categories.accessibility.score * 100),
          tbt: Math.round(a['total-blocking-time'].numericValue),
          lcp: Math.round(a['largest-contentful-paint'].numericValue),
          fcp: Math.round(a['first-contentful-paint'].numericValue),
        };
        results[preset].push(r);
        console.log(
          `${preset} run ${i + 1}: performance ${r.performance}, accessibility ${r.accessibility}, TBT ${r.tbt} ms, LCP ${r.lcp} ms, FCP ${r.fcp} ms`,
        );
      } finally {
        await chrome.kill();
      }
    }
} finally {
  await demo.close();
}
for (const preset of presets) {
  const median = (key) =>
    results[preset].map((r) => r[key]).sort((x, y) => x - y)[Math.floor(runs / 2)];
  console.log(
    `\nLighthouse ${preset}, demo build, first page (median of ${runs}): performance ${median('performance')} (goal >= ${PRESETS[preset].goal}), ` +
      `TBT ${median('tbt')} ms, LCP ${median('lcp')} ms, FCP ${median('fcp')} ms, accessibility ${median('accessibility')} (goal 100)`,
  );
}
