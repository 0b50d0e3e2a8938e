import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import { loadEnv, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_');
  const mocking = env.VITE_MOCK_API === 'true';
  return {
    // The router plugin must come before react() so route files are split before JSX is compiled.
    plugins: [
      tanstackRouter({ target: 'react', autoCodeSplitting: true }),
      react(),
      stripMockWorker(mocking),
      demoAccountsBanner(),
    ],
    build: { outDir: mode === 'demo' ? 'dist-demo' : 'dist' },
    test: {
      environment: 'jsdom',
      setupFiles: ['./tests/setup.ts'],
      include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'tests/**/*.test.{ts,tsx}'],
      css: false,
      testTimeout: 15000,
      env: { VITE_MOCK_API: 'true' },
    },
  };
});
