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
  // Import directions: arrows point down only (docs/architecture.md). Each layer lists what lies
  // above it; a later block for the same files would replace, not extend, these patterns.
  {
    files: ['src/store/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/services/**', '**/api/**', '**/cli/**'], message: 'De store kent alleen de database: services, API en CLI bouwen op haar, niet andersom.' }] }],
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/api/**', '**/cli/**'], message: 'Services weten niets van HTTP of de opdrachtregel; API en CLI roepen hen aan.' }] }],
    },
  },
  {
    // The HTTP API and the CLI are thin: every query is a service's, and even opening the store
    // goes through src/services/opslag.ts. Kept as its own block so the other directions can change apart.
    files: ['src/api/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/store/**'], message: 'API en CLI raken de store niet aan: vraag het een service (src/services; de store openen via services/opslag.ts).' }] }],
    },
  },
  {
    // Pure mappers of outside formats: files come in as bytes or text, rows go out as values.
    files: ['src/exchange/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/store/**', '**/services/**', '**/api/**', '**/cli/**'], message: 'src/exchange is puur: de service leest en schrijft, de mapper zet om.' }] }],
    },
  },
  {
    // The law and domain layers are pure: no I/O, no clock, no randomness (ARCHITECTURE.md).
    files: ['src/law/**/*.ts', 'src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['node:*', 'fs', 'fs/*', 'net', 'http', 'https', 'pg', 'pg-*', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*', 'fastify', 'fastify-*', '@fastify/*'],
              message: 'De wet- en domeinlaag doen geen I/O: feiten en peildatum komen van buiten.',
            },
            { group: ['**/store/**', '**/services/**', '**/api/**', '**/cli/**', '**/demo/**', '**/documents/**', '**/exchange/**'], message: 'De wet- en domeinlaag importeren alleen elkaar.' },
          ],
        },
      ],
      'no-restricted-properties': ['error', { object: 'Date', property: 'now', message: 'De wetlaag kent alleen de peildatum.' }, { object: 'Math', property: 'random' }],
    },
  },
  {
    // The UI talks to the server only over HTTP; from src/ it borrows types, which vanish at build.
    // One exception: the rights table in src/domain/toegang.ts, so that the UI hides exactly what
    // the server would refuse (the server still decides; a copy in web/ could drift).
    files: ['web/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)src/(?!domain/toegang\\.ts$)', allowTypeImports: true, message: 'web/ importeert uit src/ alleen typen (`import type`); gegevens komen via de API.' }] },
      ],
    },
  },
);
