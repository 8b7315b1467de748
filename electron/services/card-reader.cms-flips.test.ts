/**
 * Flip every byte of a real signature from the card and ask both verifiers:
 * core's (core/signing/cms.ts) must never accept what OpenSSL's
 * `cms -verify -binary -purpose any` refuses. OpenSSL runs once per flip in one
 * shell loop (no Node process per flip) so the ~1.5k flips stay well under a minute.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyDetached } from '../../core/signing/cms';
import { SimulatedCardReader } from './card-reader';

const cardsDir = fileURLToPath(new URL('../../fixtures/cards/', import.meta.url));
const caPem = readFileSync(join(cardsDir, 'ca/ca.crt.pem'), 'utf8');

describe('CMS verifier against OpenSSL, every byte flipped', () => {
  it('core accepts no flipped signature that OpenSSL refuses (and the unflipped one both accept)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cms-flips-'));
    const content = new TextEncoder().encode('{"a":"佐藤"}\n{"b":2}');
    const now = new Date();
    const sig = new SimulatedCardReader(cardsDir, mkdtempSync(join(tmpdir(), 's-'))).sign(
      'newborn-family',
      'SATO1234',
      content,
      now,
    );
    writeFileSync(join(dir, 'content'), content);
    writeFileSync(join(dir, 'ca.pem'), caPem);
    writeFileSync(join(dir, 'orig.der'), sig);
    const flips: number[] = [];
    for (let i = 0; i < sig.length; i++) {
      const f = new Uint8Array(sig);
      f[i] = (f[i] as number) ^ 0x01;
      writeFileSync(join(dir, `${i}.der`), f);
      flips.push(i);
    }
    const script = `cd "${dir}"; for f in orig ${flips.join(' ')}; do
      openssl cms -verify -binary -inform DER -in "$f.der" -content content -CAfile ca.pem -purpose any -out /dev/null 2>/dev/null && echo "$f"; done; true`;
    const opensslAccepts = new Set(
      execFileSync('sh', ['-c', script], { maxBuffer: 1 << 20 })
        .toString()
        .split(/\s+/)
        .filter(Boolean),
    );
    expect(opensslAccepts.has('orig')).toBe(true);
    expect(verifyDetached(sig, content, caPem, now).ok).toBe(true);

    const coreAccepts: number[] = [];
    const reasons = new Map<string, number>();
    for (const i of flips) {
      const f = new Uint8Array(sig);
      f[i] = (f[i] as number) ^ 0x01;
      const v = verifyDetached(f, content, caPem, now);
      if (v.ok) coreAccepts.push(i);
      else reasons.set(v.reason, (reasons.get(v.reason) ?? 0) + 1);
    }
    const looser = coreAccepts.filter((i) => !opensslAccepts.has(String(i)));
    console.log(
      `${sig.length} flips: OpenSSL accepts ${opensslAccepts.size - 1}, core accepts ${coreAccepts.length}; core refusals by reason ${JSON.stringify(Object.fromEntries(reasons))}`,
    );
    expect(looser).toEqual([]);
  }, 180_000);
});
