// @ts-check
import { fileURLToPath } from 'node:url';

import js from '@eslint/js';
import importPlugin from 'eslint-plugin-import';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Feature folders under src/features: each may import shared code, never another feature. */
const features = ['answers', 'candidates', 'channels', 'collaboration', 'complaints', 'customer-returns', 'dashboard', 'feedback', 'follow-ups', 'inquiries', 'inventory', 'listings', 'orders', 'organization', 'returns', 'stocktakes', 'suppliers'];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'playwright-report', 'test-results', 'src/lib/api/schema.d.ts'] },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.strict],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser } },
    plugins: { import: importPlugin, 'react-hooks': reactHooks },
    settings: {
      'import/resolver': { [fileURLToPath(new URL('./eslint/alias-resolver.cjs', import.meta.url))]: {} },
      'import/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
      'import/no-cycle': 'error',
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            // No feature imports another: src/features/a never reaches into src/features/b.
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features stay apart: move what both need to src/components, src/lib or src/config.',
            })),
            // One direction: app composes features; features never import app.
            { target: './src/features', from: './src/app', message: 'Features must not import the app shell.' },
            // Shared code depends on nothing above it.
            {
              target: ['./src/components', './src/lib', './src/config', './src/i18n'],
              from: ['./src/features', './src/app'],
              message: 'Shared code must not import features or the app.',
            },
          ],
        },
      ],
      // The generated client is the only way to the server.
      'no-restricted-globals': ['error', { name: 'fetch', message: 'Call the server through `api` in src/lib/api/client.ts.' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='window'][callee.property.name='fetch']", message: 'Use the generated client.' },
      ],
    },
  },
  {
    // One way to show a list of records, so a phone gets cards everywhere (src/components/ui/responsive-table.tsx).
    files: ['src/features/**/*.{ts,tsx}', 'src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'antd',
              importNames: ['Table'],
              message: 'Use ResponsiveTable or PagedTable from src/components/ui: a table on wider screens, cards on a phone.',
            },
          ],
        },
      ],
    },
  },
  {
    // Tests, mocks and tooling may use fetch and node APIs.
    files: ['src/testing/**', '**/*.test.{ts,tsx}', 'e2e/**', 'screens/**', '*.config.ts', 'scripts/**'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: { 'no-restricted-globals': 'off', 'no-console': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'eslint.config.js', 'eslint/**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
);
