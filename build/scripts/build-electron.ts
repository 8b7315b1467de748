/**
 * Bundles the main process (ESM, dependencies left in node_modules) and the
 * sandboxed preload (CommonJS, self-contained) into dist-electron/.
 */
import { build } from 'esbuild';

await Promise.all([
  build({
    entryPoints: ['electron/main.ts'],
    outfile: 'dist-electron/main.mjs',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  }),
  build({
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist-electron/preload.cjs',
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['electron'],
    logLevel: 'warning',
  }),
]);
console.log('built dist-electron/main.mjs and dist-electron/preload.cjs');
