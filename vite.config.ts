import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { mantineStyles } from './scripts/mantine-styles';

// The normal build talks to a real API: the mock service worker must not ship with it.
function stripMockWorker(enabled: boolean): Plugin {
  let outDir = 'dist';
  return {
    name: 'access-desk:strip-mock-worker',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      if (!enabled) rmSync(resolve(outDir, 'mockServiceWorker.js'), { force: true });
    },
  };
}

/**
 * The portal simulator's texts (`portal.*` in translations/*.json) are for the demo's portal pages
 * only: the normal build, which has no simulator, ships the catalogues without them.
 */
function stripPortalTexts(enabled: boolean): Plugin {
  return {
    name: 'access-desk:strip-portal-texts',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (!enabled || !/[\\/]translations[\\/][^\\/]+\.json$/.test(id)) return null;
      const catalogue = JSON.parse(code) as Record<string, string>;
      const kept = Object.entries(catalogue).filter(([key]) => !key.startsWith('portal.'));
      return { code: JSON.stringify(Object.fromEntries(kept)), map: null };
    },
  };
}

/** After Vite's own banner, `npm run dev` says which demo accounts open the mock clinic. */
function demoAccountsBanner(): Plugin {
  return {
    name: 'access-desk:demo-accounts',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('listening', () => {
        setTimeout(() => {
          server.config.logger.info(
            [
              '',
              '  Access Desk is running on its built-in mock clinic. Demo accounts (password: demo):',
              '    Front desk          Felix Moreno   frontdesk@clinic.example',
              '    Patient experience  Priya Shah     experience@clinic.example',
              '    Clinic manager      Carmen Diaz    manager@clinic.example',
              '  (or use the one-click "Sign in as …" buttons on the sign-in page)',
              '',
            ].join('\n'),
          );
        }, 50);
      });
    },
  };
}

/**
 * The headers a host must send with the built app (README, "Security headers"). `vite preview`
 * sends them, so the end-to-end suite runs the build under the same policy.
 * - scripts only from this origin, none inline;
 * - styles also inline: Mantine writes its CSS variables in a <style> element and sizes in style
 *   attributes, which no nonce or hash can cover;
 * - requests only to this origin and the API's;
 * - the app may not be framed (clickjacking).
 */
export function securityHeaders(apiBaseUrl: string | undefined): Record<string, string> {
  const api = apiBaseUrl && /^https?:\/\//.test(apiBaseUrl) ? ` ${new URL(apiBaseUrl).origin}` : '';
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self'${api}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = env.VITE_MOCK_API === 'true';
  return {
    // The router plugin must come before react() so route files are split before JSX is compiled.
    plugins: [
      tanstackRouter({
        target: 'react',
        autoCodeSplitting: true,
        // A route's loader travels with its screen: the queries and response schemas of every
        // other screen stay off the first screen, and entering a route still costs one chunk.
        codeSplittingOptions: {
          defaultBehavior: [['loader', 'component'], ['errorComponent'], ['notFoundComponent']],
        },
      }),
      react(),
      mantineStyles(),
      stripMockWorker(mocking),
      stripPortalTexts(!mocking),
      demoAccountsBanner(),
    ],
    build: {
      outDir: mode === 'demo' ? 'dist-demo' : 'dist',
      rolldownOptions: {
        output: {
          // The framework every screen needs (React, TanStack, zod's mini API and core) in one
          // chunk: it compresses better as one file than as a dozen (the first screen: 193.4 →
          // 191.4 kB gzip). zod's full API (v4/classic, with its JSON Schema generator) is not in
          // it: only the forms use it, and they load with their screens.
          codeSplitting: {
            groups: [
              {
                name: 'framework',
                test: /node_modules[\\/]((react|react-dom|scheduler|@tanstack|use-sync-external-store)[\\/]|zod[\\/](mini[\\/]|v4[\\/](core[\\/](?!(to-)?json-schema)|mini[\\/]|locales[\\/])))/,
              },
            ],
          },
        },
      },
    },
    // The mock clinic's worker (mocks/worker) is an ES module worker, split like the app.
    worker: { format: 'es' },
    preview: { headers: securityHeaders(env.VITE_API_BASE_URL) },
    test: {
      css: false,
      // Generous, for a busy machine: a test waits for what the user sees, however long it takes.
      testTimeout: 60_000,
      // Nothing a test stubs outlives it, whichever file runs next in the same worker.
      restoreMocks: true,
      unstubEnvs: true,
      unstubGlobals: true,
      // Feature tests spend part of their time waiting (timers, the mock network), so three
      // workers per two cores keep the CPU busy: on a 2-core machine the suite took 348 s with
      // two workers and 254 s with three.
      maxWorkers: Math.max(2, Math.round(availableParallelism() * 1.5)),
      // The clinic's zone is fixed, so every test reads the same clock whatever the machine's TZ.
      // The *.tz.test.ts files also run under two machine zones (npm run test:tz).
      env: {
        VITE_MOCK_API: 'true',
        VITE_CLINIC_TIME_ZONE: 'America/Los_Angeles',
        VITE_CLINIC_NAME: 'Riverside Family Clinic',
        VITE_CLINIC_PHONE: '(555) 010-2400',
      },
      projects: [
        {
          // The domain services alone: Node, no MSW, no DOM. Milliseconds per rule.
          extends: true,
          test: {
            name: 'services',
            environment: 'node',
            setupFiles: ['./tests/seed-size.ts'],
            include: ['mocks/services/**/*.test.ts', '{src,mocks,tests}/**/*.tz.test.ts'],
            benchmark: { include: [] },
          },
        },
        {
          // The house rules' own test: the lint rules alone on a parser, in Node. About a second.
          extends: true,
          test: {
            name: 'lint',
            environment: 'node',
            include: ['tests/lint/**/*.test.ts'],
            benchmark: { include: [] },
          },
        },
        {
          extends: true,
          test: {
            name: 'app',
            environment: 'jsdom',
            // A worker's files share one jsdom and one module graph: the app, Mantine and the seeded
            // clinic load once per worker, not once per file (the suite's CPU time went from 367 s
            // to 147 s). tests/setup.ts still runs for every file and gives every test the seed,
            // no session, no drafts and no notices; spies and stubbed values are put back after
            // each test (restoreMocks, unstubEnvs, unstubGlobals below).
            isolate: false,
            setupFiles: ['./tests/seed-size.ts', './tests/setup.ts'],
            include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
            exclude: ['mocks/services/**', 'tests/lint/**', '**/*.tz.test.ts', 'node_modules/**'],
          },
        },
      ],
    },
  };
});
