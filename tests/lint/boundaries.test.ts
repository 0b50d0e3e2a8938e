import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

// The repo's own eslint.config.js, narrowed to the boundaries rule: type-aware rules need files
// that exist on disk, and these snippets are linted as if they lived at `filePath`.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: { languageOptions: { parserOptions: { projectService: false } } },
  ruleFilter: ({ ruleId }) => ruleId === 'access-desk/boundaries',
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.message);
}

describe('lint enforces the folder boundaries of CONVENTIONS.md', () => {
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
  ])('fails lint for $boundary', async ({ filePath, code, reason }) => {
    const errors = await boundaryErrors(filePath, code);
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
  ])('passes lint for $allowed', async ({ filePath, code }) => {
    expect(await boundaryErrors(filePath, code)).toEqual([]);
  });

  it('holds for the whole repository as it is', async () => {
    const results = await eslint.lintFiles(['src', 'mocks']);
    const broken = results.flatMap((r) => r.messages.map((m) => `${r.filePath}: ${m.message}`));
    expect(broken).toEqual([]);
  });
});
