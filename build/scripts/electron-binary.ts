/**
 * Where is the Electron binary? `electron`'s package exports the path, but
 * throws when its install step never downloaded the binary (blocked network,
 * or npm 11 holding back install scripts — this project denies electron's
 * script so `npm install` never fails on it).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';

const require = createRequire(import.meta.url);

export function electronBinary(): string | undefined {
  try {
    const path = require('electron') as unknown as string;
    return typeof path === 'string' && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/** Try electron's own installer once (quietly); true if the binary is there afterwards. */
export function tryInstallElectron(): boolean {
  try {
    const installer = require.resolve('electron/install.js');
    spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 120_000 });
  } catch {
    return false;
  }
  return electronBinary() !== undefined;
}

export const MISSING_ELECTRON =
  'Electron binary missing: run `node node_modules/electron/install.js` on a machine that can reach GitHub (or set ELECTRON_OVERRIDE_DIST_PATH), then `npm start` again. Everything else, including `npm test`, works without it.';
