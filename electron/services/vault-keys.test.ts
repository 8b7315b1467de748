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

describe('vault.anchor.* host calls (validated at the edge)', () => {
  it('stores and returns an anchor; refuses a bad profile id, a non-anchor, extra fields', async () => {
    const { createHandlers } = await import('../handlers');
    const { FixtureLibrary } = await import('./fixtures');
    const { SimulatedCardReader } = await import('./card-reader');
    const root = join(__dirname, '../..');
    const h = createHandlers({
      fixtures: new FixtureLibrary(join(root, 'fixtures/households')),
      cards: new SimulatedCardReader(join(root, 'fixtures/cards'), mkdtempSync(join(tmpdir(), 'hs-'))),
      municipalityUrl: 'http://127.0.0.1:9',
      now: () => new Date(),
      shredKeys: new ShredKeyStore(join(mkdtempSync(join(tmpdir(), 'anchor-h-')), 'keys')),
    });
    const a = `nonstop-anchor/1.7.${Buffer.alloc(32, 7).toString('base64')}`;
    // the anchors are the unlocked profile's only (issue 19): its session opened with its capability
    const { hostCapability, hostVerifier } = await import('../../core/vault/crypto');
    const capability = await hostCapability(new Uint8Array(32).fill(9), ID);
    await h['vault.shredKey.create']({ profile: ID, verifier: await hostVerifier(capability) });
    expect(
      await h['vault.session.open']({ profile: ID, capability: Buffer.from(capability).toString('base64') }),
    ).toMatchObject({ ok: true });
    expect(await h['vault.anchor.get']({ profile: ID })).toEqual({ ok: true, value: { anchor: null } });
    expect(await h['vault.anchor.put']({ profile: ID, anchor: a })).toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(await h['vault.anchor.get']({ profile: ID })).toEqual({ ok: true, value: { anchor: a } });
    for (const bad of [
      { profile: '../etc', anchor: a },
      { profile: ID, anchor: 'nonstop-anchor/1.7' },
      { profile: ID, anchor: `${a}\n` },
      { profile: ID, anchor: a, extra: 1 },
    ])
      expect(await h['vault.anchor.put'](bad)).toMatchObject({
        ok: false,
        error: { code: 'invalid-argument' },
      });
    expect(await h['vault.anchor.get']({ profile: ID })).toEqual({ ok: true, value: { anchor: a } });
  });
});
