import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'public/data', 'coverage', '.tmp', 'tests/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The engine reads whatever a newsroom pastes: no regex of it may backtrack or move super-linearly.
    files: ['src/story/**/*.ts'],
    ignores: ['src/story/**/*.test.ts'],
    plugins: { regexp },
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // matchAll copies its pattern on every call, dearer than the search on a short passage: use matchesOf.
      'no-restricted-properties': [
        'error',
        { property: 'matchAll', message: "Use matchesOf(pattern, text) from './matches.ts'." },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Only the map controller may import MapLibre.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/map/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'maplibre-gl', message: 'Only src/map/ touches MapLibre.' }] },
      ],
    },
  },
);
