import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import local from './eslint/local.js';

const HEAVY_OR_STATEFUL = [
  'react',
  'react-dom',
  'react-dom/*',
  'xstate',
  'xstate/*',
  '@xstate/*',
  'zustand',
  'zustand/*',
  '@xyflow/*',
  'jspdf',
  'jspdf/*',
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'coverage', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      eqeqeq: ['error', 'always'],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    // The house's shape: no import cycles, and no import against the layers.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local },
    rules: { 'local/no-cycle': 'error', 'local/layers': 'error' },
  },
  {
    // jsPDF is heavy: only the lazy export module may import it.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/features/export-pdf/**', 'src/cli/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['jspdf', 'jspdf/*'],
              message: 'Import jsPDF only inside src/features/export-pdf (loaded lazily).',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain is pure: the same plan feeds the screen, the PDF and the CLIs. (Last, so it wins.)
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: HEAVY_OR_STATEFUL,
              message: 'src/domain is pure TypeScript: no React, XState, zustand, React Flow or jsPDF.',
            },
            { group: ['node:*', 'fs', 'path'], message: 'src/domain runs in the browser too: no Node built-ins.' },
          ],
        },
      ],
    },
  },
);
