import { resolve } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { houseRules } from '../../eslint/house-rules.js';

const root = resolve(import.meta.dirname, '../..');

// Only the house rules, on a parser alone: `npm run lint` checks the repository itself; this
// proves in a second that each rule refuses what it should (snippets linted as if they lived at
// `filePath`).
const linter = new Linter({ configType: 'flat', cwd: root });
const config: Linter.Config[] = [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'access-desk': houseRules },
    rules: { 'access-desk/boundaries': 'error', 'access-desk/one-fetcher': 'error' },
  },
];

function lintErrors(filePath: string, code: string, rule: string): string[] {
  return linter
    .verify(code, config, { filename: resolve(root, filePath) })
    .filter((m) => m.ruleId === `access-desk/${rule}` || m.fatal)
    .map((m) => m.message);
}

const boundaryErrors = (filePath: string, code: string) => lintErrors(filePath, code, 'boundaries');
const fetcherErrors = (filePath: string, code: string) => lintErrors(filePath, code, 'one-fetcher');

describe('lint enforces the folder boundaries of docs/architecture.md', () => {
  it.each([
    {
      boundary: 'a feature importing another feature',
      filePath: 'src/features/patients/components/overview-tab.tsx',
      code: "import { ActivityTab } from '../../activity/components/activity-tab';\n",
      reason: /A feature never imports another feature \(patients → activity\)/,
    },
    {
      boundary: 'shared components importing a feature',
      filePath: 'src/components/staff-layout.tsx',
      code: "import { OutboxScreen } from '../features/outbox/components/outbox-screen';\n",
      reason: /Shared code .* imports no feature and no route/,
    },
    {
      boundary: 'shared lib importing a route',
      filePath: 'src/lib/format.ts',
      code: "export { Route } from '../routes/sign-in';\n",
      reason: /Shared code .* imports no feature and no route/,
    },
    {
      boundary: 'src importing the mock clinic',
      filePath: 'src/features/patients/api/patient-queries.ts',
      code: "import { db } from '../../../../mocks/db';\n",
      reason: /src never imports mocks/,
    },
    {
      boundary: 'src importing test helpers',
      filePath: 'src/app/app.tsx',
      code: "import { renderRoute } from '../../tests/render';\n",
      reason: /src never imports tests/,
    },
    {
      boundary: 'a static import of the mock clinic in main.tsx',
      filePath: 'src/main.tsx',
      code: "import { startMockClinic } from '../mocks/browser';\n",
      reason: /src never imports mocks/,
    },
    {
      boundary: 'mocks importing a feature',
      filePath: 'mocks/handlers/patients.ts',
      code: "import { patientQueries } from '../../src/features/patients/api/patient-queries';\n",
      reason: /mocks imports only src\/api\/contract and pure helpers from src\/lib/,
    },
    {
      boundary: 'mocks importing shared UI',
      filePath: 'mocks/emails.ts',
      code: "import { AnchorLink } from '../src/components/anchor-link';\n",
      reason: /mocks imports only src\/api\/contract/,
    },
    {
      boundary: 'the contract importing app code',
      filePath: 'src/api/contract/email.ts',
      code: "import { sameEmail } from '../../lib/email-domain';\nexport { sameEmail };\n",
      reason: /The contract \(src\/api\/contract\) stands alone/,
    },
  ])('fails lint for $boundary', ({ filePath, code, reason }) => {
    const errors = boundaryErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
  });

  it.each([
    {
      allowed: 'a feature importing shared code and its own parts',
      filePath: 'src/features/patients/components/overview-tab.tsx',
      code: "import { can } from '../../../lib/permissions';\nimport { patientQueries } from '../api/patient-queries';\n",
    },
    {
      allowed: 'a route file bringing two features together',
      filePath: 'src/routes/_staff/patients/$patientId/activity.tsx',
      code: "import { ActivityTab } from '../../../../features/activity/components/activity-tab';\nimport { patientQueries } from '../../../../features/patients/api/patient-queries';\n",
    },
    {
      allowed: "main.tsx's guarded dynamic import of the mock clinic",
      filePath: 'src/main.tsx',
      code: "export const start = () => import('../mocks/browser');\n",
    },
    {
      allowed: 'mocks importing the contract and pure helpers',
      filePath: 'mocks/handlers/patients.ts',
      code: "import { patientSchema } from '../../src/api/contract/patient';\nimport { can } from '../../src/lib/permissions';\n",
    },
    {
      allowed: 'a feature test using the mock clinic and test helpers',
      filePath: 'src/features/patients/tests/patient-search.test.tsx',
      code: "import { server } from '../../../../mocks/node';\nimport { renderRoute } from '../../../../tests/render';\n",
    },
    {
      allowed: 'a mock handler test using the test helpers',
      filePath: 'mocks/handlers/patients.test.ts',
      code: "import { signInAs } from '../../tests/render';\n",
    },
  ])('passes lint for $allowed', ({ filePath, code }) => {
    expect(boundaryErrors(filePath, code)).toEqual([]);
  });
});

describe('lint allows one way to call the API: call() and the endpoint registry', () => {
  it.each([
    {
      bad: 'a raw fetch in a feature',
      filePath: 'src/features/patients/api/patient-queries.ts',
      code: 'export const load = (url: string) => fetch(url);\n',
      reason: /never fetch\(\)/,
    },
    {
      bad: 'window.fetch in a component',
      filePath: 'src/features/outbox/components/outbox-screen.tsx',
      code: 'export const load = (url: string) => window.fetch(url);\n',
      reason: /never fetch\(\)/,
    },
    {
      bad: 'a literal API path in a feature api file',
      filePath: 'src/features/patients/api/patient-queries.ts',
      code: "export const path = '/patients/search';\n",
      reason: /No hand-typed API path/,
    },
    {
      bad: 'a path built from a template in shared api code',
      filePath: 'src/api/session.ts',
      code: 'export const path = (id: string) => `/patients/${id}/access`;\n',
      reason: /No hand-typed API path/,
    },
    {
      bad: 'the merged registry in app code',
      filePath: 'src/features/patients/api/patient-queries.ts',
      code: "import { ENDPOINTS } from '../../../api/contract/endpoints';\nexport { ENDPOINTS };\n",
      reason: /never endpoints\.ts/,
    },
    {
      bad: 'the fetcher in a component',
      filePath: 'src/features/patients/components/overview-tab.tsx',
      code: "import { call } from '../../../api/client';\nexport { call };\n",
      reason: /through their feature's api\/ folder/,
    },
  ])('fails lint for $bad', ({ filePath, code, reason }) => {
    const errors = fetcherErrors(filePath, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(reason);
    expect(errors[0]).toMatch(/docs\/architecture\.md/);
  });

  it.each([
    {
      allowed: "a feature's api file calling an endpoint of its resource",
      filePath: 'src/features/patients/api/patient-queries.ts',
      code: "import { call } from '../../../api/client';\nimport { PATIENT_ENDPOINTS as E } from '../../../api/contract/patient-endpoints';\nexport const load = (id: string) => call(E.getPatient, { params: { id } });\n",
    },
    {
      allowed: 'a route path in a component (a link, not an API call)',
      filePath: 'src/features/patients/components/overview-tab.tsx',
      code: "export const to = '/patients/$patientId/access';\n",
    },
    {
      allowed: 'the fetcher itself',
      filePath: 'src/api/client.ts',
      code: 'export const send = (url: string) => fetch(url);\n',
    },
    {
      allowed: 'the merged registry in the mock clinic and the tests',
      filePath: 'mocks/handlers/patients.ts',
      code: "import { ENDPOINTS } from '../../src/api/contract/endpoints';\nexport { ENDPOINTS };\n",
    },
  ])('passes lint for $allowed', ({ filePath, code }) => {
    expect(fetcherErrors(filePath, code)).toEqual([]);
  });
});
