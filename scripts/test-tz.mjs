// The time-zone tests (*.tz.test.ts) under two machine zones, one on each side of UTC and each
// with its own daylight-saving dates. Each run writes its JSON report for CI
// (reports/tz-los-angeles.json, reports/tz-auckland.json); both run even if the first fails, and
// the script fails if either did.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';

const ZONES = [
  ['America/Los_Angeles', 'los-angeles'],
  ['Pacific/Auckland', 'auckland'],
];

mkdirSync('reports', { recursive: true });
let failed = 0;
for (const [zone, name] of ZONES) {
  console.log(`\n==> Time-zone tests with the machine in ${zone}`);
  const run = spawnSync(
    'npx',
    [
      'vitest',
      'run',
      '--project',
      'services',
      '.tz.test.ts',
      '--reporter=dot',
      '--reporter=json',
      `--outputFile.json=reports/tz-${name}.json`,
    ],
    { stdio: 'inherit', env: { ...process.env, TZ: zone } },
  );
  if (run.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
