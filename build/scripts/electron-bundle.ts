/**
 * The main-process bundle (ESM, dependencies left in node_modules), the
 * sandboxed preload (CommonJS, self-contained) and the trust anchors of
 * municipal documents, written into `<outDir>` (the app's dist-electron/).
 * Used by build-electron.ts and by electron/main.bundle.test.ts, which loads
 * the very bundle this makes.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { SOURCE_TRUST_DIR, TRUST_FILES } from '../../electron/services/municipal-trust';

export async function bundleElectron(outDir: string, root = process.cwd()): Promise<void> {
  // The trust anchors ship inside the app (electron-builder's `dist-electron/**`),
  // found by main through app.getAppPath() (issue 19 item 13).
  mkdirSync(join(outDir, 'trust'), { recursive: true });
  for (const name of Object.values(TRUST_FILES))
    copyFileSync(join(SOURCE_TRUST_DIR, name), join(outDir, 'trust', name));
  await Promise.all([
    build({
      entryPoints: [join(root, 'electron/main.ts')],
      outfile: join(outDir, 'main.mjs'),
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      sourcemap: true,
      logLevel: 'warning',
    }),
    build({
      entryPoints: [join(root, 'electron/preload.ts')],
      outfile: join(outDir, 'preload.cjs'),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      logLevel: 'warning',
    }),
  ]);
}
