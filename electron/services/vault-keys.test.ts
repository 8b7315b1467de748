import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ShredKeyStore } from './vault-keys';

const ID = 'a'.repeat(32);

describe('ShredKeyStore', () => {
  it('creates a random key once, reads it back, and shreds it', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'shred-')), 'keys');
    const store = new ShredKeyStore(dir);
    const { key } = store.create(ID);
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    expect(store.get(ID).key).toBe(key);
    expect(() => store.create(ID)).toThrow(/already/);
    expect(store.get(ID).key).toBe(key); // a second create did not replace it
    expect(store.delete(ID)).toEqual({ deleted: true });
    expect(readdirSync(dir)).toEqual([]);
    expect(() => store.get(ID)).toThrow(/no key/);
    expect(store.delete(ID)).toEqual({ deleted: false });
  });

  it('refuses ids that could name another path', () => {
    const store = new ShredKeyStore(mkdtempSync(join(tmpdir(), 'shred-')));
    for (const bad of ['../x', '', 'A'.repeat(32), `${'a'.repeat(31)}/`])
      expect(() => store.get(bad)).toThrow();
  });

  it('a damaged (truncated) key file is reported, not used', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shred-'));
    const store = new ShredKeyStore(dir);
    store.create(ID);
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, `${ID}.key`), readFileSync(join(dir, `${ID}.key`)).subarray(0, 10));
    expect(() => store.get(ID)).toThrow(/damaged/);
  });
});

describe('ShredKeyStore anchors (whole-store rollback)', () => {
  const anchor = (seq: number) => `nonstop-anchor/1.${seq}.${Buffer.alloc(32, seq).toString('base64')}`;

  it('keeps the last anchor beside the key file, replaces it durably, and deletes it with the key', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'anchor-')), 'keys');
    const store = new ShredKeyStore(dir);
    expect(store.getAnchor(ID)).toEqual({ anchor: null });
    store.create(ID);
    expect(store.putAnchor(ID, anchor(1))).toEqual({ saved: true });
    store.putAnchor(ID, anchor(2));
    expect(store.getAnchor(ID)).toEqual({ anchor: anchor(2) });
    expect(readdirSync(dir).sort()).toEqual([`${ID}.anchor`, `${ID}.key`]);
    store.delete(ID);
    expect(readdirSync(dir)).toEqual([]);
    expect(store.getAnchor(ID)).toEqual({ anchor: null });
  });

  it('refuses what is not an anchor or not a profile id; an edited file is handed over for the renderer to refuse', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'anchor-')), 'keys');
    const store = new ShredKeyStore(dir);
    expect(() => store.putAnchor(ID, 'nonstop-anchor/1.5')).toThrow(/not an anchor/);
    expect(() => store.putAnchor('../x', anchor(1))).toThrow(/not a profile/);
    store.putAnchor(ID, anchor(3));
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, `${ID}.anchor`), 'garbage');
    expect(store.getAnchor(ID)).toEqual({ anchor: 'garbage' });
  });
});
