import { describe, expect, it } from 'vitest';
import { checkIntegrity, decodePayload, encodePayload, paddedLength, type Manifest } from './records';

describe('record payloads', () => {
  it('round-trip and are padded so close lengths look the same', () => {
    const v = { name: 'household', version: 3, value: { a: '佐藤', n: [1, 2] } };
    const bytes = encodePayload(v);
    expect(decodePayload(bytes)).toEqual(v);
    expect(bytes.length).toBeGreaterThanOrEqual(256);
    // Padmé: 1,000 and 1,020 bytes of content land in the same bucket; overhead ≤ 12 %.
    expect(paddedLength(1004)).toBe(paddedLength(1024));
    for (const n of [300, 1000, 5000, 40_000, 1_000_000]) {
      expect(paddedLength(n)).toBeGreaterThanOrEqual(n);
      expect(paddedLength(n) / n).toBeLessThanOrEqual(1.12);
    }
  });

  it('refuse a length header pointing past the end', () => {
    const bytes = encodePayload({ x: 1 });
    new DataView(bytes.buffer).setUint32(0, bytes.length);
    expect(() => decodePayload(bytes)).toThrow();
  });
});

const manifest = (records: Manifest['records']): Manifest => ({
  format: 'nonstop-manifest/1',
  seq: 5,
  records,
});

describe('checkIntegrity', () => {
  const m = manifest({ household: { id: 'h', version: 3 }, 'submission:1': { id: 's', version: 1 } });
  const ok = [
    { id: 'h', payload: { name: 'household', version: 3, value: 'H' } },
    { id: 's', payload: { name: 'submission:1', version: 1, value: 'S' } },
  ];

  it('accepts rows that match the manifest', () => {
    const r = checkIntegrity(m, ok);
    expect(r.problems).toEqual([]);
    expect([...r.records.keys()]).toEqual(['household', 'submission:1']);
  });

  it('reports an older copy put back (rollback) and does not use it', () => {
    const r = checkIntegrity(m, [
      { id: 'h', payload: { name: 'household', version: 2, value: 'old' } },
      ok[1]!,
    ]);
    expect(r.problems).toEqual([{ kind: 'rolled-back', name: 'household', id: 'h' }]);
    expect(r.records.has('household')).toBe(false);
    expect(r.records.get('submission:1')?.value).toBe('S');
  });

  it('reports a deleted row, a moved row, a damaged row and a row it does not know', () => {
    expect(checkIntegrity(m, [ok[0]!]).problems).toEqual([
      { kind: 'missing', name: 'submission:1', id: 's' },
    ]);
    expect(checkIntegrity(m, [ok[0]!, { id: 's', payload: { swappedFrom: 'h' } }]).problems).toEqual([
      { kind: 'swapped', name: 'submission:1', id: 's' },
    ]);
    expect(checkIntegrity(m, [ok[0]!, { id: 's', payload: 'damaged' }]).problems).toEqual([
      { kind: 'damaged', name: 'submission:1', id: 's' },
    ]);
    expect(
      checkIntegrity(m, [...ok, { id: 'x', payload: { name: 'submission:2', version: 1, value: 1 } }])
        .problems,
    ).toEqual([{ kind: 'unexpected', name: 'submission:2', id: 'x' }]);
    // a row sealed for another name under this id (the name inside the seal differs)
    expect(
      checkIntegrity(m, [{ id: 'h', payload: { name: 'submission:1', version: 3, value: 'S' } }, ok[1]!])
        .problems,
    ).toEqual([{ kind: 'swapped', name: 'household', id: 'h' }]);
  });

  it('reports a manifest older than its records, and rebuilds a damaged manifest from the rows', () => {
    const stale = manifest({ household: { id: 'h', version: 2 }, 'submission:1': { id: 's', version: 1 } });
    expect(checkIntegrity(stale, ok).problems).toEqual([
      { kind: 'manifest-stale', name: 'household', id: 'h' },
    ]);
    const r = checkIntegrity(null, [...ok, { id: 'z', payload: 'damaged' }]);
    expect(r.problems).toEqual([{ kind: 'manifest-damaged' }, { kind: 'damaged', id: 'z' }]);
    expect(r.manifest.records).toEqual({
      household: { id: 'h', version: 3 },
      'submission:1': { id: 's', version: 1 },
    });
  });
});
