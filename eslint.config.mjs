// @ts-check
// ESLint, with type information: typescript-eslint's strict and type-checked rules for TypeScript,
// eslint-plugin-astro's recommended rules for components. `npm run lint` runs it with 0 warnings allowed.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Imports lib/ may not make; with `entities`, search's too.
 * @param {boolean} entities
 */
function restrictedInLib(entities) {
  return [
    {
      group: ['**/integrations/**'],
      message: 'lib/ never imports from src/integrations/: move the shared part into lib/.',
    },
    ...(entities
      ? [{ group: ['**/search/**'], message: 'search reads the names table: shared text logic lives in lib/text/.' }]
      : []),
  ];
}

export default defineConfig(
  { ignores: ['dist/', 'dist-*/', '.astro/', 'node_modules/', 'screenshots/', 'coverage/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname, extraFileExtensions: ['.astro'] },
    },
    rules: {
      // Template literals with numbers are how the UI strings and reports are written; numbers print fine.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // Non-null assertions are used only after a check the compiler cannot follow (a Map just filled).
      '@typescript-eslint/no-non-null-assertion': 'off',
      // `() => void promise` and `(e) => list.push(e)` in handlers are idiomatic; a floating promise is still caught.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // `const { a, ...rest } = x` is how a field is left out of a copy.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
    },
  },
  {
    // lib/ is the pure functions the build steps, pages and tests call: it never reaches up into the build steps
    // (src/integrations/), and the index of names never into search, which reads the names table (no cycle).
    files: ['src/lib/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictedInLib(false) }] },
  },
  {
    files: ['src/lib/entities/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: restrictedInLib(true) }] },
  },
  {
    // astro-eslint-parser cannot give typed rules the types of a component's template (every expression reads
    // as an error type); `astro check` type-checks .astro files instead, strictest, with 0 errors.
    files: ['**/*.astro'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // The classic script copied into the disk edition runs as it is, without a module system or types.
    files: ['src/scripts/disk-edition.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    // Playwright's page.evaluate() and JSON.parse() return `any` by design; tests and benchmarks read such values
    // and assert their shape, which is the check these rules would ask for.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // Teardown guards against a setup that failed (`browser?.close()`), and page.evaluate() callbacks guard
      // against DOM lookups that typings call certain; neither is visible to the type checker.
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
);
