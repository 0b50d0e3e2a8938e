import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));

/** Where a repo-relative path sits in the layout of CONVENTIONS.md. */
function layerOf(path) {
  const parts = path.split('/');
  // Tests beside the code they test are test code: they may use the mock clinic and test
  // helpers, and nothing ships them.
  if (parts[0] === 'tests' || parts.includes('tests') || /\.test\.tsx?$/.test(path)) {
    return { layer: 'tests' };
  }
  if (parts[0] === 'mocks') return { layer: 'mocks' };
  if (parts[0] !== 'src') return { layer: 'outside' };
  if (parts[1] === 'features') return { layer: 'feature', feature: parts[2] };
  if (parts[1] === 'routes' || parts[1]?.startsWith('routeTree')) return { layer: 'routes' };
  if (parts[1] === 'api' && parts[2] === 'contract') return { layer: 'shared', contract: true };
  if (['api', 'components', 'hooks', 'lib'].includes(parts[1]))
    return { layer: 'shared', lib: parts[1] === 'lib' };
  return { layer: 'app' };
}

/** The broken boundary, or null when `from` may import `to`. */
function boundaryBroken(from, to, { dynamic }) {
  const a = layerOf(from);
  const b = layerOf(to);
  if (a.layer === 'feature' && b.layer === 'feature' && a.feature !== b.feature) {
    return `A feature never imports another feature (${a.feature} → ${b.feature}). Meet in a route file, or move the shared part to src/components, src/hooks or src/lib.`;
  }
  if (a.layer === 'shared' && (b.layer === 'feature' || b.layer === 'routes')) {
    return 'Shared code (api, components, hooks, lib) imports no feature and no route. Pass what it needs in as props or arguments.';
  }
  const src = ['feature', 'routes', 'shared', 'app'].includes(a.layer);
  if (src && (b.layer === 'mocks' || b.layer === 'tests')) {
    // The one way in: main.tsx starts the mock clinic through a guarded dynamic import.
    if (from === 'src/main.tsx' && dynamic && b.layer === 'mocks') return null;
    return `src never imports ${b.layer}: the normal build must ship no mock clinic or test code.`;
  }
  if (
    a.layer === 'mocks' &&
    b.layer !== 'mocks' &&
    b.layer !== 'outside' &&
    !b.contract &&
    !b.lib
  ) {
    return 'mocks imports only src/api/contract and pure helpers from src/lib.';
  }
  return null;
}

/** Folder boundaries from CONVENTIONS.md, checked on every relative import. */
const boundariesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the folder boundaries of CONVENTIONS.md' },
    schema: [],
    messages: { broken: '{{reason}}' },
  },
  create(context) {
    const from = relative(root, context.physicalFilename).split(sep).join('/');
    const check = (node, dynamic) => {
      const source = node.source;
      if (source?.type !== 'Literal' || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return;
      const target = relative(root, resolve(dirname(context.physicalFilename), source.value));
      const reason = boundaryBroken(from, target.split(sep).join('/'), { dynamic });
      if (reason) context.report({ node: source, messageId: 'broken', data: { reason } });
    };
    return {
      ImportDeclaration: (node) => check(node, false),
      ExportNamedDeclaration: (node) => check(node, false),
      ExportAllDeclaration: (node) => check(node, false),
      ImportExpression: (node) => check(node, true),
    };
  },
};

export default defineConfig(
  {
    ignores: [
      'dist',
      'dist-demo',
      'reports',
      'test-results',
      'playwright-report',
      '.tanstack',
      'src/routeTree.gen.ts',
      'public/mockServiceWorker.js',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
      globals: { ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'access-desk': { rules: { boundaries: boundariesRule } } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { prefer: 'type-imports', fixStyle: 'inline-type-imports' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // Router redirects and MSW problem responses are thrown Responses by design.
      '@typescript-eslint/only-throw-error': [
        'error',
        {
          allow: [
            { from: 'lib', name: 'Response' },
            { from: 'package', package: '@tanstack/router-core', name: 'Redirect' },
            { from: 'package', package: 'msw', name: 'HttpResponse' },
          ],
        },
      ],
      // No-op defaults and browser stubs are deliberate.
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    rules: {
      'access-desk/boundaries': 'error',
      'no-console': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    // Build and CI scripts run under Node and print their results.
    files: ['**/*.{js,mjs,cjs}', 'tests/e2e/**', 'tests/bench/**', 'tests/lint/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
