// Builds the demo (mock clinic on) and serves it with `vite preview`, for the browser benches.
import { build, preview } from 'vite';

/** Returns the served origin and a close() for the server. */
export async function serveDemo({ port = 4324, skipBuild = false } = {}) {
  if (!skipBuild) await build({ mode: 'demo', logLevel: 'warn' });
  const server = await preview({
    mode: 'demo',
    logLevel: 'warn',
    preview: { port, strictPort: true },
  });
  return { origin: `http://localhost:${port}`, close: () => server.close() };
}
