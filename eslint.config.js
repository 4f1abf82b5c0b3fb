// One lint setup for server, tests and UI; type-aware rules stay off to keep `npm test` fast.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'data/', 'coverage/', 'src/store/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // The law and domain layers are pure: no I/O, no clock, no randomness (ARCHITECTURE.md).
    files: ['src/law/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['node:*', 'fs', 'pg', '@electric-sql/*', 'drizzle-orm*', 'fastify*', '../store/*', '../services/*', '../api/*', '../cli/*'] }],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'De wetlaag kent alleen de peildatum.' }, { object: 'Math', property: 'random' }],
    },
  },
);
