// `npm run bench`, part 1: what the browser loads for the signed-in landing page (/patients) in
// the normal build, against the budget, and proof that the normal build ships no mock clinic.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, runnerImport } from 'vite';

const BUDGET = { js: 200_000, css: 15_000 };
// Route chunks the router loads for /patients: root, the signed-in layout, the search screen.
const LANDING_ROUTES = [
  'src/routes/__root.tsx',
  'src/routes/_staff.tsx',
  'src/routes/_staff/patients/index.tsx',
];
// Only these splits load on a normal visit; error and not-found components load when needed.
const LOADED_SPLITS = ['component', 'loader'];

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
// Modules that must never be bundled in the normal build.
const MOCK_MODULES = [/\/mocks\//, /\/node_modules\/msw\//, /\/src\/features\/portal-simulator\//];

const root = process.cwd();
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * Whether a bundled module kept any code of its own. A module tree-shaken away is still listed,
 * sometimes with only its name comment and the CommonJS interop line for React's JSX runtime.
 */
function shipsCode(code) {
  return (code ?? '')
    .split('\n')
    .map((line) => line.trim())
    .some(
      (line) =>
        line && !line.startsWith('//') && !/^var import_\w+ = .*require_\w+\(\).*;$/.test(line),
    );
}

/** Builds with vite.config.ts in `mode`; returns the modules bundled into each output file. */
async function buildApp(mode) {
  const modulesByFile = new Map();
  await build({
    mode,
    logLevel: 'warn',
    build: { manifest: true },
    plugins: [
      {
        name: 'bench:collect-modules',
        generateBundle(_options, bundle) {
          for (const [file, output] of Object.entries(bundle)) {
            if (output.type !== 'chunk') continue;
            const shipped = Object.entries(output.modules).filter(([, m]) => shipsCode(m.code));
            modulesByFile.set(
              file,
              shipped.map(([id]) => id),
            );
          }
        },
      },
    ],
  });
  return modulesByFile;
}

function filesUnder(dir) {
  return (
    readdirSync(dir, { recursive: true })
      .map((f) => join(dir, String(f)))
      // Skip Vite's own build manifest: it names source files but is not served.
      .filter((f) => statSync(f).isFile() && !f.includes(`${sep}.vite${sep}`))
  );
}

/** The entry, the landing page's route chunks, their static imports, and the CSS they pull. */
function landingPageFiles(manifest) {
  const js = new Set();
  const css = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || js.has(chunk.file)) return;
    js.add(chunk.file);
    for (const c of chunk.css ?? []) css.add(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  visit('index.html');
  const routeKeys = Object.keys(manifest).filter((key) => {
    const [path, query = ''] = key.split('?');
    const split = new URLSearchParams(query).get('tsr-split') ?? '';
    return (
      LANDING_ROUTES.includes(path) && split.split('--').some((s) => LOADED_SPLITS.includes(s))
    );
  });
  routeKeys.forEach(visit);
  return { js: [...js], css: [...css], routeKeys };
}

function gzipSize(dir, file) {
  return gzipSync(readFileSync(join(dir, file))).length;
}

let failed = false;

console.log('Building the normal build (mocking off) into dist …');
const normalModules = await buildApp('production');
const manifest = JSON.parse(readFileSync(join(root, 'dist/.vite/manifest.json'), 'utf8'));
const landing = landingPageFiles(manifest);

console.log('\nFirst screen: signed-in landing page /patients (gzip)');
console.log(`  route chunks: ${landing.routeKeys.join(', ')}`);
if (process.env.BENCH_VERBOSE) {
  for (const f of [...landing.js, ...landing.css].sort(
    (a, b) => gzipSize('dist', b) - gzipSize('dist', a),
  )) {
    console.log(`    ${kB(gzipSize('dist', f)).padStart(9)}  ${f}`);
  }
}
const jsTotal = landing.js.reduce((sum, f) => sum + gzipSize('dist', f), 0);
const cssTotal = landing.css.reduce((sum, f) => sum + gzipSize('dist', f), 0);
for (const [kind, total, budget, files] of [
  ['JavaScript', jsTotal, BUDGET.js, landing.js],
  ['CSS', cssTotal, BUDGET.css, landing.css],
]) {
  // Over budget is reported, not fatal: only leaked mock code fails the bench (issue 3).
  const verdict = total <= budget ? 'PASS' : 'OVER';
  console.log(
    `  ${kind.padEnd(10)} ${kB(total).padStart(9)}  budget ${kB(budget)}  ${verdict}  (${files.length} files)`,
  );
}

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
const leaked = [...normalModules].flatMap(([file, modules]) =>
  modules
    .filter((m) => MOCK_MODULES.some((re) => re.test(m)))
    .map((m) => `${relative(root, m)} → ${file}`),
);
if (leaked.length) failed = true;
console.log(
  `  ${leaked.length ? 'FOUND' : 'none '}  modules from mocks/, msw or the portal simulator`,
);
for (const l of leaked.slice(0, 12)) console.log(`         ${l}`);
if (leaked.length > 12) console.log(`         … and ${leaked.length - 12} more`);

// No demo person's name in the normal build: every named person of the seed (patients, care
// partners, staff), read from the seed itself so a person added later is checked too. Each must
// show up in the demo build, which proves the check would catch a leak.
const { module: seedPeople } = await runnerImport('/mocks/seed-people.ts', { logLevel: 'warn' });
const { module: seedBuilder } = await runnerImport('/mocks/seed-builder.ts', { logLevel: 'warn' });
const { module: seedModule } = await runnerImport('/mocks/seed.ts', { logLevel: 'warn' });
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
  nextId: 1000,
};
seedPeople.seedNamedPeople(named, seedBuilder.createSeedBuilder(named));
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
    '\nFirst-screen bench FAILED: mock code in the normal build, see FOUND / UNPROVEN above.',
  );
  process.exit(1);
}
console.log('\nFirst-screen bench passed.');
