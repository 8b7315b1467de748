// Lint, including the one dependency rule between layers (conventions: VS Code's
// code-layering, Bitwarden's restricted paths). A violation fails `npm test`.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const NODE_BUILTINS = [
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'https',
  'net',
  'url',
  'util',
  'stream',
  'buffer',
  'events',
  'module',
  'worker_threads',
];

// Exact package names (`paths`) and regexes (`patterns`), so that a file called
// crypto.ts or a package folder called build/ is not mistaken for a layer.
const layer = (files, { packages = [], layers = [], builtins = false }, message) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        paths: [...(builtins ? NODE_BUILTINS : []), ...packages].map((name) => ({ name, message })),
        patterns: [
          ...(builtins ? [{ regex: '^node:', message }] : []),
          ...packages.map((p) => ({ regex: `^${p.replace('/', '\\/')}\\/`, message })),
          ...(layers.length ? [{ regex: `^(\\.\\./)+(${layers.join('|')})(/|$)`, message }] : []),
        ],
      },
    ],
  },
});

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist-renderer/',
      'dist-electron/',
      'release/',
      '.e2e-artifacts/',
      '.municipality-data/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] },
      globals: globals.browser,
    },
  },
  { files: ['renderer/**'], languageOptions: { globals: globals.browser } },
  // TypeScript checks names itself (typescript-eslint's advice).
  { files: ['**/*.ts', '**/*.svelte'], rules: { 'no-undef': 'off' } },
  {
    files: ['electron/**', 'fixtures/**', 'build/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // Japanese forms use the full-width space (U+3000) inside strings on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true }],
    },
  },
  layer(
    ['core/**'],
    {
      builtins: true,
      packages: ['electron', 'svelte', 'dexie', 'playwright-core', 'subset-font'],
      layers: ['electron', 'renderer', 'fixtures', 'build'],
    },
    'core/ is pure: no platform, no UI framework, no storage, no other layer (architecture.md).',
  ),
  layer(
    ['renderer/**'],
    {
      builtins: true,
      packages: ['electron', 'playwright-core', 'subset-font'],
      layers: ['electron', 'fixtures', 'build'],
    },
    'renderer/ imports core/ only: it reaches the host through window.nonstop (core/host-contract.ts).',
  ),
  layer(
    ['electron/**'],
    { packages: ['svelte', 'dexie'], layers: ['renderer'] },
    'electron/ imports core/ only, never the renderer.',
  ),
  layer(
    ['electron/services/**', 'electron/handlers.ts', 'electron/cli/**', 'electron/e2e/**'],
    { packages: ['electron', 'svelte', 'dexie'], layers: ['renderer'] },
    'services are plain Node (no import of electron), so tests and the e2e harness run the same code.',
  ),
  layer(
    ['fixtures/**'],
    { packages: ['electron', 'svelte', 'dexie'], layers: ['renderer', 'electron'] },
    'the mock municipality uses core/ only.',
  ),
  // Tests may read fixture data, and the municipality's tests sign with the simulated card.
  layer(
    ['core/**/*.test.ts'],
    {
      builtins: true,
      packages: ['electron', 'svelte', 'dexie', 'playwright-core', 'subset-font'],
      layers: ['electron', 'renderer', 'build'],
    },
    'core/ tests stay pure too (fixture data excepted).',
  ),
  layer(
    ['fixtures/**/*.test.ts'],
    { packages: ['electron', 'svelte', 'dexie'], layers: ['renderer'] },
    'no renderer in fixture tests.',
  ),
  { files: ['**/*.test.ts', '**/*.e2e.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
);
