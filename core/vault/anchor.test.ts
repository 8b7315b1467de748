import { describe, expect, it } from 'vitest';
import { ANCHOR_PATTERN, makeAnchor, readAnchor } from './anchor';
import { hostArgs } from '../host-contract';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const A = 'a'.repeat(32);
const B = 'b'.repeat(32);

describe('rollback anchor', () => {
  it('round-trips the sequence number and has the shape the host contract accepts', async () => {
    const dek = random(32);
    const text = await makeAnchor(dek, A, 41);
    expect(text).toMatch(ANCHOR_PATTERN);
    // the host contract's check at the edge accepts exactly this shape
    expect(hostArgs['vault.anchor.put'].safeParse({ profile: A, anchor: text }).success).toBe(true);
    expect(hostArgs['vault.anchor.put'].safeParse({ profile: A, anchor: `${text}x` }).success).toBe(false);
    expect(await readAnchor(dek, A, text)).toBe(41);
    expect(await readAnchor(dek, A, await makeAnchor(dek, A, 0))).toBe(0);
  });

  it('refuses an edited number, another profile’s anchor, another key, a flipped tag and garbage', async () => {
    const dek = random(32);
    const text = await makeAnchor(dek, A, 41);
    const [head, , tag] = text.split('.');
    expect(await readAnchor(dek, A, `${head}.40.${tag}`)).toBeNull();
    expect(await readAnchor(dek, A, await makeAnchor(dek, B, 41))).toBeNull();
    expect(await readAnchor(random(32), A, text)).toBeNull();
    const flipped = text.slice(0, -3) + (text.at(-3) === 'A' ? 'B' : 'A') + text.slice(-2);
    expect(await readAnchor(dek, A, flipped)).toBeNull();
    for (const bad of [
      '',
      'nonstop-anchor/1.41',
      `nonstop-anchor/2.41.${tag}`,
      `${text}\n`,
      `nonstop-anchor/1.-1.${tag}`,
    ])
      expect(await readAnchor(dek, A, bad)).toBeNull();
  });

  it('refuses a sequence number that is not a safe integer', async () => {
    await expect(makeAnchor(random(32), A, -1)).rejects.toThrow(RangeError);
    await expect(makeAnchor(random(32), A, 1.5)).rejects.toThrow(RangeError);
  });
});
