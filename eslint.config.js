import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { houseRules } from './eslint/house-rules.js';

const root = dirname(fileURLToPath(import.meta.url));

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
    plugins: { 'access-desk': houseRules },
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
    // The house rules of docs/architecture.md.
    files: ['src/**/*.{ts,tsx}', 'mocks/**/*.ts'],
    rules: {
      'access-desk/boundaries': 'error',
      'access-desk/one-fetcher': 'error',
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
