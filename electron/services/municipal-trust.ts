/**
 * The trust anchor of municipal documents (statuses, certificates, notices,
 * resident records): the simulated LGPKI CA's certificate and its CRL, read
 * from one folder — the way the card path reads the JPKI CA and its CRL.
 *
 * - In the app, the folder is an app resource: `dist-electron/trust/` (copied
 *   there by build/scripts/build-electron.ts, inside electron-builder's
 *   `dist-electron/**`), found through `app.getAppPath()` by main.ts — never a
 *   path relative to the bundle's source tree, which is outside the app once
 *   bundled (issue 19 item 13).
 * - The CLI and tests run from the source tree: `SOURCE_TRUST_DIR`.
 *
 * The CRL is required: a folder without one fails closed (nothing municipal
 * verifies), as does a CRL past its next update or not signed by the CA. The
 * anchor is rebuilt when the CRL's bytes change, and once a minute.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trustAnchor, type TrustAnchor } from '../../core/signing/x509';

export const TRUST_FILES = { ca: 'lgpki-ca.crt.pem', crl: 'lgpki-ca.crl' } as const;

export const SOURCE_TRUST_DIR = fileURLToPath(new URL('../../fixtures/municipality/keys/', import.meta.url));

export class TrustError extends Error {}

export interface MunicipalTrust {
  readonly dir: string;
  /** The anchor for `now`; throws TrustError when the CA or its CRL cannot be used. */
  anchor(now: Date): TrustAnchor;
}

export function municipalTrust(dir: string): MunicipalTrust {
  let cached: { crl: string; at: number; anchor: TrustAnchor } | null = null;
  return {
    dir,
    anchor(now) {
      let caPem: string;
      let crl: Buffer;
      try {
        caPem = readFileSync(join(dir, TRUST_FILES.ca), 'utf8');
        crl = readFileSync(join(dir, TRUST_FILES.crl));
      } catch (e) {
        throw new TrustError(`the municipality's trust anchor is missing: ${(e as Error).message}`);
      }
      const key = `${caPem}\n${crl.toString('base64')}`;
      if (cached && cached.crl === key && Math.abs(now.getTime() - cached.at) < 60_000) return cached.anchor;
      try {
        cached = { crl: key, at: now.getTime(), anchor: trustAnchor(caPem, new Uint8Array(crl), now) };
      } catch (e) {
        cached = null;
        throw new TrustError(`the municipality CA's revocation list cannot be used: ${(e as Error).message}`);
      }
      return cached.anchor;
    },
  };
}

let source: MunicipalTrust | null = null;
/** The source tree's anchor (CLI, tests). */
export function sourceTrust(): MunicipalTrust {
  source ??= municipalTrust(SOURCE_TRUST_DIR);
  return source;
}
