/** Base64 (RFC 4648 §4) against Node's own encoder, and refusal of text that is not base64. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from './bytes';

describe('base64', () => {
  it('matches Node’s Buffer both ways for any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const text = toBase64(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64'));
        expect(fromBase64(text)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('RFC 4648 test vectors', () => {
    const v: [string, string][] = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
    ];
    for (const [plain, b64] of v) {
      expect(toBase64(new TextEncoder().encode(plain))).toBe(b64);
      expect(new TextDecoder().decode(fromBase64(b64))).toBe(plain);
    }
  });

  it('refuses text that is not base64', () => {
    for (const bad of ['Zg=', 'Z===', 'Zm9v!', 'Zm 9v', 'Zg==Zg==', '=Zg='])
      expect(() => fromBase64(bad), bad).toThrow(TypeError);
  });

  it('a large payload round-trips (the form PDFs cross IPC as base64)', () => {
    const big = new Uint8Array(1_000_003).map((_, i) => (i * 31) & 255);
    const back = fromBase64(toBase64(big));
    expect(back.length).toBe(big.length);
    expect(back.every((x, i) => x === big[i])).toBe(true);
  });
});
