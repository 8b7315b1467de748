/**
 * Byte/text conversions available in every runtime (no DOM or Node globals).
 * Base64 is written out here (RFC 4648 §4) rather than borrowed from
 * node-forge, so code that only needs base64 (the vault, on the lock screen)
 * does not pull forge's 300 KB into the renderer's first JavaScript.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;
const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));
const PAD = 61; // '='

export function toBinaryString(bytes: Uint8Array): string {
  // fromCharCode.apply on 4 KB slices, joined once: ≈10× faster than spreading 32 KB slices into +=
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 0x1000)
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + 0x1000) as unknown as number[]));
  return parts.join('');
}

export function fromBinaryString(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function toBase64(bytes: Uint8Array): string {
  // ASCII codes into a byte array first, then one string per 32 KB (fast for the PDFs that cross IPC)
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const rest = bytes.length - i;
    const n =
      ((bytes[i] as number) << 16) |
      (rest > 1 ? (bytes[i + 1] as number) << 8 : 0) |
      (rest > 2 ? (bytes[i + 2] as number) : 0);
    out[o++] = CODES[n >> 18] as number;
    out[o++] = CODES[(n >> 12) & 63] as number;
    out[o++] = rest > 1 ? (CODES[(n >> 6) & 63] as number) : PAD;
    out[o++] = rest > 2 ? (CODES[n & 63] as number) : PAD;
  }
  return toBinaryString(out);
}

export function fromBase64(text: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) throw new TypeError('not base64');
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    const n =
      ((DECODE[text.charCodeAt(i)] as number) << 18) |
      ((DECODE[text.charCodeAt(i + 1)] as number) << 12) |
      ((Math.max(0, DECODE[text.charCodeAt(i + 2)] as number) & 63) << 6) |
      (Math.max(0, DECODE[text.charCodeAt(i + 3)] as number) & 63);
    out[o++] = n >> 16;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}
