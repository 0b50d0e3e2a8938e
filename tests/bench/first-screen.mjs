// `npm run bench`, part 1: the normal build's first-screen budget and module check (shared with
// `npm run bench:size`), then proof from the built text that the normal build ships no mock clinic.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { runnerImport } from 'vite';
import { buildApp, checkNormalBuild } from './first-screen-size.mjs';

// Text that appears only if mock code leaked. Each one is checked against the demo build too: a
// marker missing from the demo build would prove nothing.
const MOCK_MARKERS = [
  ['MSW worker', 'setupWorker'],
  ['MSW log prefix', '[MSW]'],
  ['MSW worker script', 'mockServiceWorker'],
  ['mock persistence key', 'access-desk-mock-clinic'],
  ['mock-only endpoints (Outbox, clock)', '/_mock/'],
  ['seed data (James O’Brien’s email)', 'jobrien@example.net'],
  ['seed data (Maria Garcia’s portal password)', 'Portal-demo-1'],
  ['patient-portal simulator', 'Demo clinic: what the patient sees'],
];
const root = process.cwd();
function filesUnder(dir) {
  return (
    readdirSync(dir, { recursive: true })
      .map((f) => join(dir, String(f)))
      // Skip Vite's own build manifest: it names source files but is not served.
      .filter((f) => statSync(f).isFile() && !f.includes(`${sep}.vite${sep}`))
  );
}

let failed = false;

console.log('Building the normal build (mocking off) into dist …');
const normalModules = await buildApp('production');
console.log();
// The same checks as `npm run bench:size` (and CI): the budget and no mock module.
if (!checkNormalBuild(normalModules)) failed = true;

console.log(
  '\nBuilding the demo build (mocking on) into dist-demo, to prove the markers are real …',
);
await buildApp('demo');
const read = (files) => files.map((f) => readFileSync(f, 'latin1'));
const demoTexts = read(filesUnder(join(root, 'dist-demo')));
const normalFiles = filesUnder(join(root, 'dist'));
const normalTexts = read(normalFiles);

console.log('\nNo mock code in the normal build (dist)');
const workerShipped = existsSync(join(root, 'dist/mockServiceWorker.js'));
if (workerShipped) failed = true;
console.log(`  ${workerShipped ? 'FOUND' : 'none '}  dist/mockServiceWorker.js`);
for (const [what, marker] of MOCK_MARKERS) {
  const inDemo = demoTexts.some((t) => t.includes(marker));
  const hits = normalFiles
    .filter((_, i) => normalTexts[i].includes(marker))
    .map((f) => relative(root, f));
  if (hits.length || !inDemo) failed = true;
  const status = hits.length ? 'FOUND' : inDemo ? 'none ' : 'UNPROVEN';
  console.log(
    `  ${status}  ${what}: "${marker}"${hits.length ? ` in ${hits.join(', ')}` : ''}${inDemo ? '' : ' (not in the demo build either: pick another marker)'}`,
  );
}
// No demo person's name in the normal build: every named person of the seed (patients, care
// partners, staff), read from the seed itself so a person added later is checked too. Each must
// show up in the demo build, which proves the check would catch a leak.
const { module: seedPeople } = await runnerImport('/mocks/seed-people.ts', { logLevel: 'warn' });
const { module: seedBuilder } = await runnerImport('/mocks/seed-builder.ts', { logLevel: 'warn' });
const { module: seedModule } = await runnerImport('/mocks/seed.ts', { logLevel: 'warn' });
const { module: seedTodayPeople } = await runnerImport('/mocks/seed-today-people.ts', {
  logLevel: 'warn',
});
const named = {
  now: '2026-01-15T15:00:00.000Z',
  staff: seedModule.createSeed('2026-01-15T15:00:00.000Z').staff,
  patients: [],
  accounts: [],
  codes: [],
  deliveries: [],
  emails: [],
  audit: [],
  proxyRequests: [],
  proxyGrants: [],
  sessions: {},
  tries: {},
  nextId: 1000,
};
const namedBuilder = seedBuilder.createSeedBuilder(named);
seedPeople.seedNamedPeople(named, namedBuilder);
seedTodayPeople.seedTodayPeople(named, namedBuilder);
const people = new Map();
const addPerson = (full, parts) => people.set(full, parts);
for (const p of named.patients)
  addPerson(`${p.firstName} ${p.lastName}`, [p.firstName, p.lastName]);
for (const s of named.staff) addPerson(s.name, s.name.split(' '));
for (const list of [named.proxyRequests, named.proxyGrants]) {
  for (const item of list) {
    for (const v of Object.values(item)) {
      const name = typeof v === 'object' && v && 'name' in v ? v.name : null;
      if (typeof name === 'string' && /^[A-Z][a-z'’]+ [A-Z][a-z'’]+$/.test(name))
        addPerson(name, name.split(' '));
    }
  }
}
for (const a of named.audit) {
  if (/^[A-Z][a-z'’]+ [A-Z][a-z'’]+$/.test(a.actorName))
    addPerson(a.actorName, a.actorName.split(' '));
}
// The full name as text, or a first or last name as a quoted literal (how a bundle holds the seed).
const nameMarkers = (full, parts) => [
  full,
  ...parts.flatMap((part) => [`"${part}"`, `'${part}'`, `\`${part}\``]),
];
console.log(`\nNo demo person's name in the normal build (${people.size} named people)`);
for (const [full, parts] of people) {
  const markers = nameMarkers(full, parts);
  const hits = normalFiles
    .filter((_, i) => markers.some((m) => normalTexts[i].includes(m)))
    .map((f) => relative(root, f));
  const inDemo = demoTexts.some((t) => markers.some((m) => t.includes(m)));
  if (hits.length || !inDemo) failed = true;
  const status = hits.length ? 'FOUND' : inDemo ? 'none ' : 'UNPROVEN';
  console.log(`  ${status}  ${full}${hits.length ? ` in ${hits.join(', ')}` : ''}`);
}

if (failed) {
  console.log(
    '\nFirst-screen bench FAILED: over budget or mock code in the normal build, see OVER / FOUND / UNPROVEN above.',
  );
  process.exit(1);
}
console.log('\nFirst-screen bench passed.');
