/**
 * What a profile's records look like inside the seal, and the manifest that
 * makes rollback, deletion and swapping visible (pure: no storage here).
 *
 * - A record row is indexed only by a random id; its name ("household",
 *   "submission:…"), a per-record version counter and the value live inside the
 *   sealed payload, padded (Padmé, ≤ 12 % overhead, at least 256 bytes) so the
 *   length on disk says little about the content.
 * - The manifest, sealed under the same data key and bound to the profile, maps
 *   each name to its record id and version and carries a write sequence number.
 *   On unlock every row is opened and compared with it: an older version
 *   (rollback), a row missing (deletion), a row moved to another id (swap), a row
 *   the manifest does not know, or one that does not open (damage) are reported,
 *   and the rest of the profile still opens.
 */
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';

export interface RecordPayload {
  name: string;
  version: number;
  value: unknown;
}

export interface ManifestEntry {
  id: string;
  version: number;
}

export interface Manifest {
  format: 'nonstop-manifest/1';
  /** Incremented on every write transaction. */
  seq: number;
  records: Record<string, ManifestEntry>;
}

export const emptyManifest = (): Manifest => ({ format: 'nonstop-manifest/1', seq: 0, records: {} });

/** Padmé (Nikitin et al., 2019): round up keeping only the top bits of the length. */
export function paddedLength(length: number): number {
  const l = Math.max(length, 256);
  const e = Math.floor(Math.log2(l));
  const s = Math.floor(Math.log2(e)) + 1;
  const mask = 2 ** (e - s) - 1;
  return Math.floor((l + mask) / (mask + 1)) * (mask + 1);
}

/** [u32 big-endian length][JSON][zeros to the padded length]. */
export function encodePayload(p: unknown): Uint8Array {
  const json = utf8ToBytes(JSON.stringify(p));
  const out = new Uint8Array(paddedLength(json.length + 4));
  new DataView(out.buffer).setUint32(0, json.length);
  out.set(json, 4);
  return out;
}

export function decodePayload(bytes: Uint8Array): unknown {
  if (bytes.length < 4) throw new Error('payload too short');
  const n = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0);
  if (n > bytes.length - 4) throw new Error('payload length out of range');
  return JSON.parse(bytesToUtf8(bytes.subarray(4, 4 + n)));
}

export function isRecordPayload(p: unknown): p is RecordPayload {
  const r = p as RecordPayload;
  return (
    typeof r === 'object' &&
    r !== null &&
    typeof r.name === 'string' &&
    Number.isSafeInteger(r.version) &&
    r.version > 0 &&
    'value' in r
  );
}

export function isManifest(m: unknown): m is Manifest {
  const x = m as Manifest;
  if (typeof x !== 'object' || x === null || x.format !== 'nonstop-manifest/1') return false;
  if (!Number.isSafeInteger(x.seq) || typeof x.records !== 'object' || x.records === null) return false;
  return Object.values(x.records).every(
    (e) => typeof e?.id === 'string' && Number.isSafeInteger(e.version) && e.version > 0,
  );
}

export type IntegrityKind =
  /** the row does not open (flipped byte, truncated, another key) */
  | 'damaged'
  /** the row opens but holds an older version than the manifest names */
  | 'rolled-back'
  /** the manifest names the record but its row is gone */
  | 'missing'
  /** the row holds another record's ciphertext (moved between ids) */
  | 'swapped'
  /** a row the manifest does not know (added, or left from an older manifest) */
  | 'unexpected'
  /** the manifest itself did not open; it was rebuilt from the records */
  | 'manifest-damaged'
  /** a record is newer than the manifest: the manifest was rolled back */
  | 'manifest-stale'
  /** the whole store (records and manifest) is older than the anchor kept outside it (anchor.ts) */
  | 'store-rolled-back'
  /** the profile had an anchor outside the store and it is gone (made again) */
  | 'anchor-missing'
  /** the anchor outside the store does not verify: edited, or another profile's (made again) */
  | 'anchor-invalid';

export interface IntegrityProblem {
  kind: IntegrityKind;
  /** the record's name when known ("household", "submission:…") */
  name?: string;
  id?: string;
}

export interface OpenedRow {
  id: string;
  /** the payload, or why it did not open: `swapped` when it opens under another row's id */
  payload: RecordPayload | 'damaged' | { swappedFrom: string };
}

/**
 * Compares the opened rows with the manifest. Returns the records to use (name →
 * value and version) and the problems. Without a manifest (it did not open) the
 * newest opened copy of each name is used and `manifest-damaged` is reported.
 */
export function checkIntegrity(
  manifest: Manifest | null,
  rows: OpenedRow[],
): {
  records: Map<string, { id: string; version: number; value: unknown }>;
  problems: IntegrityProblem[];
  manifest: Manifest;
} {
  const problems: IntegrityProblem[] = [];
  const records = new Map<string, { id: string; version: number; value: unknown }>();
  const byId = new Map(rows.map((r) => [r.id, r]));
  if (!manifest) {
    problems.push({ kind: 'manifest-damaged' });
    const rebuilt = emptyManifest();
    for (const r of rows) {
      if (r.payload === 'damaged' || !('name' in r.payload)) {
        problems.push({ kind: 'damaged', id: r.id });
        continue;
      }
      const prev = records.get(r.payload.name);
      if (!prev || prev.version < r.payload.version)
        records.set(r.payload.name, { id: r.id, version: r.payload.version, value: r.payload.value });
    }
    for (const [name, r] of records) {
      rebuilt.records[name] = { id: r.id, version: r.version };
      rebuilt.seq = Math.max(rebuilt.seq, r.version);
    }
    return { records, problems, manifest: rebuilt };
  }
  const known = new Set<string>();
  for (const [name, entry] of Object.entries(manifest.records)) {
    known.add(entry.id);
    const row = byId.get(entry.id);
    if (!row) {
      problems.push({ kind: 'missing', name, id: entry.id });
      continue;
    }
    const p = row.payload;
    if (p === 'damaged') problems.push({ kind: 'damaged', name, id: entry.id });
    else if (!('name' in p)) problems.push({ kind: 'swapped', name, id: entry.id });
    else if (p.name !== name) problems.push({ kind: 'swapped', name, id: entry.id });
    else if (p.version < entry.version) problems.push({ kind: 'rolled-back', name, id: entry.id });
    else if (p.version > entry.version) {
      problems.push({ kind: 'manifest-stale', name, id: entry.id });
      records.set(name, { id: entry.id, version: p.version, value: p.value });
    } else records.set(name, { id: entry.id, version: p.version, value: p.value });
  }
  for (const r of rows)
    if (!known.has(r.id))
      problems.push({
        kind: 'unexpected',
        id: r.id,
        ...(typeof r.payload === 'object' && 'name' in r.payload ? { name: r.payload.name } : {}),
      });
  return { records, problems, manifest };
}
