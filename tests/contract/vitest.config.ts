import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The conformance suite alone (`npm run test:contract`). With CONTRACT_BASE_URL it talks to that
 * server from Node (no mock clinic, files one after another, since they share the server's
 * state); without it, to the in-process mock clinic exactly as `npm test` does.
 */
const remote = Boolean(process.env.CONTRACT_BASE_URL);

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/contract/**/*.test.ts'],
    // The document's own checks need no server.
    exclude: remote ? ['tests/contract/openapi.test.ts'] : [],
    environment: remote ? 'node' : 'jsdom',
    setupFiles: remote ? [] : ['./tests/setup.ts'],
    fileParallelism: !remote,
    testTimeout: 15000,
    env: { VITE_MOCK_API: 'true', VITE_CLINIC_TIME_ZONE: 'America/Los_Angeles' },
  },
});
