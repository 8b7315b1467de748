/** Independent cross-check for tests: does OpenSSL accept this detached CMS signature? */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function opensslVerifiesDetachedCms(
  signature: Uint8Array,
  content: Uint8Array,
  caPem: string,
): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'cms-verify-'));
  try {
    writeFileSync(join(dir, 'sig.p7s'), signature);
    writeFileSync(join(dir, 'content'), content);
    writeFileSync(join(dir, 'ca.pem'), caPem);
    // -binary: multi-line content must not be canonicalised; -purpose any: no e-mail EKU on JPKI-style certificates
    const args = [
      'cms',
      '-verify',
      '-binary',
      '-inform',
      'DER',
      '-in',
      join(dir, 'sig.p7s'),
      '-content',
      join(dir, 'content'),
    ];
    execFileSync(
      'openssl',
      [...args, '-CAfile', join(dir, 'ca.pem'), '-purpose', 'any', '-out', '/dev/null'],
      { stdio: 'pipe' },
    );
    return true;
  } catch {
    return false;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
