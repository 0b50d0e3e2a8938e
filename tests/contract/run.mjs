// `npm run test:contract [-- --base-url http://host/api/v1] [vitest options]`: runs the
// conformance suite against the in-process mock clinic, or against the API at that base URL.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const passOn = [];
let baseUrl;
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i];
  if (arg === '--base-url') baseUrl = args[(i += 1)];
  else if (arg.startsWith('--base-url=')) baseUrl = arg.slice('--base-url='.length);
  else passOn.push(arg);
}
if (baseUrl !== undefined && !/^https?:\/\/[^/]/.test(baseUrl ?? '')) {
  console.error(
    '--base-url needs the API root as an absolute URL, like http://localhost:8080/api/v1',
  );
  process.exit(2);
}

const env = { ...process.env };
if (baseUrl) env.CONTRACT_BASE_URL = baseUrl;
else delete env.CONTRACT_BASE_URL;
console.log(
  baseUrl
    ? `Conformance suite against ${baseUrl}`
    : 'Conformance suite against the in-process mock clinic',
);

const vitest = join(
  dirname(createRequire(import.meta.url).resolve('vitest/package.json')),
  'vitest.mjs',
);
const child = spawn(
  process.execPath,
  [vitest, 'run', '--config', 'tests/contract/vitest.config.ts', ...passOn],
  { stdio: 'inherit', env },
);
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
