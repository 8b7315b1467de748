/**
 * A strict DER reader and a small DER writer (X.690 §10), used by the CMS,
 * certificate and CRL code. Strict means: definite, minimal lengths; low tag
 * numbers only; every byte consumed. Each node keeps the exact bytes it was
 * read from, so signatures are checked over the bytes received and names are
 * compared byte for byte — never over a re-encoding that could hide a change.
 */
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';

export interface Der {
  /** the identifier octet (class | constructed | tag number) */
  tag: number;
  /** the whole TLV as received */
  raw: Uint8Array;
  /** the content octets */
  body: Uint8Array;
  /** constructed values only: the children, in order */
  children: Der[];
}

export class DerError extends Error {}

export const TAG = {
  BOOLEAN: 0x01,
  INTEGER: 0x02,
  BIT_STRING: 0x03,
  OCTET_STRING: 0x04,
  NULL: 0x05,
  OID: 0x06,
  UTF8: 0x0c,
  PRINTABLE: 0x13,
  IA5: 0x16,
  UTC_TIME: 0x17,
  GENERALIZED_TIME: 0x18,
  SEQUENCE: 0x30,
  SET: 0x31,
} as const;

/** Context-specific tag number n, constructed or primitive. */
export const ctx = (n: number, constructed = true) => 0x80 | (constructed ? 0x20 : 0) | n;

const MAX_DEPTH = 32;

function readNode(bytes: Uint8Array, start: number, end: number, depth: number): Der {
  if (depth > MAX_DEPTH) throw new DerError('nested too deeply');
  if (start + 2 > end) throw new DerError('truncated');
  const tag = bytes[start] as number;
  if ((tag & 0x1f) === 0x1f) throw new DerError('high tag numbers are not used here');
  let len = bytes[start + 1] as number;
  let at = start + 2;
  if (len & 0x80) {
    const n = len & 0x7f;
    if (n === 0) throw new DerError('indefinite length is not DER');
    if (n > 4) throw new DerError('length too large');
    if (at + n > end) throw new DerError('truncated length');
    if (bytes[at] === 0) throw new DerError('length not minimal');
    len = 0;
    for (let i = 0; i < n; i++) len = len * 256 + (bytes[at + i] as number);
    if (len < 0x80) throw new DerError('length not minimal');
    at += n;
  }
  if (at + len > end) throw new DerError('truncated value');
  const body = bytes.subarray(at, at + len);
  const children: Der[] = [];
  if (tag & 0x20) {
    let p = at;
    while (p < at + len) {
      const child = readNode(bytes, p, at + len, depth + 1);
      children.push(child);
      p += child.raw.length;
    }
  }
  return { tag, raw: bytes.subarray(start, at + len), body, children };
}

/** Parse exactly one DER value filling `bytes`. */
export function parseDer(bytes: Uint8Array): Der {
  const node = readNode(bytes, 0, bytes.length, 0);
  if (node.raw.length !== bytes.length) throw new DerError('trailing bytes after the value');
  return node;
}

export function expectTag(node: Der | undefined, tag: number, what: string): Der {
  if (!node) throw new DerError(`${what} is missing`);
  if (node.tag !== tag)
    throw new DerError(`${what}: expected tag 0x${tag.toString(16)}, got 0x${node.tag.toString(16)}`);
  return node;
}

export function oidOf(node: Der | undefined, what: string): string {
  const n = expectTag(node, TAG.OID, what);
  const b = n.body;
  if (b.length === 0 || (b[b.length - 1] as number) & 0x80) throw new DerError(`${what}: bad OID`);
  const arcs: number[] = [];
  let v = 0;
  for (let i = 0; i < b.length; i++) {
    const x = b[i] as number;
    if (v === 0 && x === 0x80) throw new DerError(`${what}: OID arc not minimal`);
    v = v * 128 + (x & 0x7f);
    if (v > Number.MAX_SAFE_INTEGER / 256) throw new DerError(`${what}: OID arc too large`);
    if (!(x & 0x80)) {
      arcs.push(v);
      v = 0;
    }
  }
  const first = arcs.shift() as number;
  const head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80];
  return [...head, ...arcs].join('.');
}

/** A non-negative INTEGER, minimal encoding required. */
export function unsignedOf(node: Der | undefined, what: string): bigint {
  const b = expectTag(node, TAG.INTEGER, what).body;
  if (b.length === 0) throw new DerError(`${what}: empty INTEGER`);
  if (
    b.length > 1 &&
    ((b[0] === 0 && !((b[1] as number) & 0x80)) || (b[0] === 0xff && (b[1] as number) & 0x80))
  )
    throw new DerError(`${what}: INTEGER not minimal`);
  if ((b[0] as number) & 0x80) throw new DerError(`${what}: negative INTEGER`);
  return bytesToBigInt(b);
}

export function bytesToBigInt(b: Uint8Array): bigint {
  let hex = '';
  for (const x of b) hex += x.toString(16).padStart(2, '0');
  return hex ? BigInt(`0x${hex}`) : 0n;
}

export function bigIntToBytes(n: bigint, length?: number): Uint8Array {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  const len = length ?? hex.length / 2;
  if (hex.length / 2 > len) throw new DerError('integer too long');
  const out = new Uint8Array(len);
  const off = len - hex.length / 2;
  for (let i = 0; i < hex.length / 2; i++) out[off + i] = parseInt(hex.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** UTCTime (YYMMDDHHMMSSZ, 1950–2049) or GeneralizedTime (YYYYMMDDHHMMSSZ), as RFC 5280 §4.1.2.5 allows. */
export function timeOf(node: Der | undefined, what: string): Date {
  if (!node) throw new DerError(`${what} is missing`);
  const s = String.fromCharCode(...node.body);
  let m: RegExpExecArray | null;
  let year: number;
  if (node.tag === TAG.UTC_TIME && (m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(s))) {
    const yy = Number(m[1]);
    year = yy < 50 ? 2000 + yy : 1900 + yy;
  } else if (node.tag === TAG.GENERALIZED_TIME && (m = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(s))) {
    year = Number(m[1]);
  } else throw new DerError(`${what}: not a DER time`);
  const [mo, d, h, mi, se] = [2, 3, 4, 5, 6].map((i) => Number(m[i]));
  const t = Date.UTC(year, (mo as number) - 1, d, h, mi, se);
  const back = new Date(t);
  if (
    back.getUTCMonth() !== (mo as number) - 1 ||
    back.getUTCDate() !== d ||
    (h as number) > 23 ||
    (mi as number) > 59 ||
    (se as number) > 59
  )
    throw new DerError(`${what}: not a calendar time`);
  return back;
}

export function textOf(node: Der | undefined, what: string): string {
  if (!node) throw new DerError(`${what} is missing`);
  if (node.tag === TAG.UTF8) {
    const text = bytesToUtf8(node.body);
    // a lossy decode re-encodes differently: that is how invalid UTF-8 is caught
    if (!bytesEqual(utf8ToBytes(text), node.body)) throw new DerError(`${what}: invalid UTF-8`);
    return text;
  }
  if (node.tag === TAG.PRINTABLE || node.tag === TAG.IA5) return String.fromCharCode(...node.body);
  throw new DerError(`${what}: not a string type used here`);
}

export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= (a[i] as number) ^ (b[i] as number);
  return d === 0;
}

// ——— writer ———

function lengthBytes(n: number): number[] {
  if (n < 0x80) return [n];
  const out: number[] = [];
  while (n > 0) {
    out.unshift(n & 0xff);
    n = Math.floor(n / 256);
  }
  return [0x80 | out.length, ...out];
}

export function tlv(tag: number, ...parts: Uint8Array[]): Uint8Array {
  const len = parts.reduce((s, p) => s + p.length, 0);
  const head = [tag, ...lengthBytes(len)];
  const out = new Uint8Array(head.length + len);
  out.set(head, 0);
  let at = head.length;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export function encodeOid(oid: string): Uint8Array {
  const arcs = oid.split('.').map(Number);
  const out: number[] = [];
  const all = [(arcs[0] as number) * 40 + (arcs[1] as number), ...arcs.slice(2)];
  for (let v of all) {
    const chunk: number[] = [v & 0x7f];
    v = Math.floor(v / 128);
    while (v > 0) {
      chunk.unshift(0x80 | (v & 0x7f));
      v = Math.floor(v / 128);
    }
    out.push(...chunk);
  }
  return tlv(TAG.OID, Uint8Array.from(out));
}

export function encodeUnsigned(n: bigint): Uint8Array {
  let b = bigIntToBytes(n);
  if (b.length === 0) b = new Uint8Array([0]);
  if ((b[0] as number) & 0x80) b = Uint8Array.from([0, ...b]);
  return tlv(TAG.INTEGER, b);
}

/** A time as RFC 5280 wants it: UTCTime through 2049, GeneralizedTime after. */
export function encodeTime(d: Date): Uint8Array {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  const rest = `${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`;
  const y = d.getUTCFullYear();
  return y < 2050
    ? tlv(TAG.UTC_TIME, utf8ToBytes(`${p(y % 100)}${rest}`))
    : tlv(TAG.GENERALIZED_TIME, utf8ToBytes(`${p(y, 4)}${rest}`));
}

export const NULL_DER = Uint8Array.from([0x05, 0x00]);
