// `npm run bench:lighthouse`: Lighthouse (desktop preset) on the demo build's first page, in
// Debian's Chromium. Options: --port N (default 4324), --skip-build, --runs N (median is printed),
// --origin URL (measure an app already served there instead, e.g. another build to compare).
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { serveDemo } from './demo-server.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
};
const port = Number(arg('port', 4324));
const runs = Number(arg('runs', 3));
const origin = arg('origin', null);
const demo = origin
  ? { origin, close: async () => {} }
  : await serveDemo({ port, skipBuild: process.argv.includes('--skip-build') });
const results = [];
try {
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
        desktopConfig,
      );
      const a = lhr.audits;
      const r = {
        performance: Math.round(lhr.categories.performance.score * 100),
        accessibility: Math.round(lhr.categories.accessibility.score * 100),
        tbt: Math.round(a['total-blocking-time'].numericValue),
        lcp: Math.round(a['largest-contentful-paint'].numericValue),
        fcp: Math.round(a['first-contentful-paint'].numericValue),
      };
      results.push(r);
      console.log(
        `run ${i + 1}: performance ${r.performance}, accessibility ${r.accessibility}, TBT ${r.tbt} ms, LCP ${r.lcp} ms, FCP ${r.fcp} ms`,
      );
    } finally {
      await chrome.kill();
    }
  }
} finally {
  await demo.close();
}
const median = (key) =>
  results.map((r) => r[key]).sort((x, y) => x - y)[Math.floor(results.length / 2)];
console.log(
  `\nLighthouse desktop, demo build, first page (median of ${runs}): performance ${median('performance')} (goal >= 90), ` +
    `TBT ${median('tbt')} ms (goal <= 200), LCP ${median('lcp')} ms, FCP ${median('fcp')} ms, accessibility ${median('accessibility')} (goal 100)`,
);
