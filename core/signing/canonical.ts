/**
 * Canonical bytes of application data: JSON with object keys sorted by code
 * point, no insignificant whitespace, UTF-8. The signature covers exactly these
 * bytes, so the signer and the municipality agree without sharing an encoder.
 * (The subset of RFC 8785 that our data needs: strings, integers, booleans,
 * null, arrays and objects; non-integer numbers are refused rather than risk a
 * float formatting difference.)
 */
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new TypeError(`canonical JSON carries integers only, got ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError(`cannot encode ${typeof value} in canonical JSON`);
}

export function canonicalBytes(value: unknown): Uint8Array {
  return utf8ToBytes(canonicalJson(value));
}

export function parseCanonical(bytes: Uint8Array): unknown {
  return JSON.parse(bytesToUtf8(bytes));
}
