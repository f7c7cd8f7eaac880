// The code's rules beyond what TypeScript checks (`npm run lint`); formatting is Prettier's.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: ['dist*/**', 'node_modules/**', '.astro/**', 'test-results/**', 'screenshots/**', 'content/**', 'tests/fixtures/content/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // TypeScript's strictest settings report unused names; `_name` marks one kept on purpose.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Type-only imports say so, so nothing is loaded for a type.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      // A catch that only lets a refused browser feature pass (storage in private mode) needs no body.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    // What runs in the reader's browser: the share scripts and the search page's.
    files: ['src/features/sharing/*.js', 'public/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
