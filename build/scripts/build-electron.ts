/**
 * Bundles the main process and the sandboxed preload into dist-electron/, with
 * the trust anchors of municipal documents in dist-electron/trust/
 * (build/scripts/electron-bundle.ts).
 */
import { bundleElectron } from './electron-bundle';

await bundleElectron('dist-electron');
console.log('built dist-electron/main.mjs, dist-electron/preload.cjs and dist-electron/trust/');
