// The model-based tests of the services alone (mocks/services/model.test.ts):
//   npm run test:model -- --runs 10000            a longer search
//   npm run test:model -- --seed -123456          replays a failure (its seed is printed)
// The flags set MODEL_RUNS and MODEL_SEED for the test; without them it runs as CI does (100 runs
// per property, the fixed seed). Exits with vitest's code.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';

const usage = 'Usage: npm run test:model -- [--runs N] [--seed S]';
/** Seeds are often negative: `--seed -123456` is read as `--seed=-123456`. */
function joinNumbers(args) {
  const out = [];
  for (let i = 0; i < args.length; i += 1) {
    if (['--runs', '--seed'].includes(args[i]) && /^-\d+$/.test(args[i + 1] ?? '')) {
      out.push(`${args[i]}=${args[i + 1]}`);
      i += 1;
    } else out.push(args[i]);
  }
  return out;
}
let values;
try {
  ({ values } = parseArgs({
    args: joinNumbers(process.argv.slice(2)),
    options: { runs: { type: 'string' }, seed: { type: 'string' } },
  }));
} catch (e) {
  console.error(`${e.message}\n${usage}`);
  process.exit(2);
}
const env = { ...process.env };
if (values.runs !== undefined) {
  if (!/^[1-9]\d*$/.test(values.runs)) {
    console.error(`--runs must be a whole number above 0, not "${values.runs}".\n${usage}`);
    process.exit(2);
  }
  env.MODEL_RUNS = values.runs;
}
if (values.seed !== undefined) {
  if (!/^-?\d+$/.test(values.seed)) {
    console.error(`--seed must be a whole number, not "${values.seed}".\n${usage}`);
    process.exit(2);
  }
  env.MODEL_SEED = values.seed;
}
const run = spawnSync(
  'npx',
  ['vitest', 'run', '--project', 'services', 'mocks/services/model.test.ts'],
  { stdio: 'inherit', env },
);
if (run.error) {
  console.error(run.error.message);
  process.exit(1);
}
process.exit(run.status ?? 1);
