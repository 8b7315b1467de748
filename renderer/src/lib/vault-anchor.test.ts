/**
 * Issue 11, second round: the rollback anchor outside the store (whole-store
 * rollback), profiles made before the key files (adopted on first unlock), and
 * the read path's id ranges. Each test performs the attack or builds the old
 * profile the old way.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { bucketName, openVaultDb, type ProfileBuckets, type VaultDb } from './db';
import { Vault, VaultError, type FileKeys } from './vault';
import { dekAad, legacyRecordAad, recordAad, seal, unwrapDek, wrapDek } from '../../../core/vault/crypto';
import { encodePayload } from '../../../core/vault/records';
import { utf8ToBytes } from '@noble/ciphers/utils.js';

const FAST = { name: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'correct horse battery';
const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

/** The host's key files and anchors, in memory (electron/services/vault-keys.ts has its own test). */
function memoryHost() {
  const files = new Map<string, Uint8Array>();
  const anchors = new Map<string, string>();
  const fail = { create: false, putAnchor: false };
  const keys: FileKeys = {
    async create(p) {
      if (fail.create) throw new Error('disk full');
      if (files.has(p)) throw new Error('exists');
      const k = random(32);
      files.set(p, k.slice());
      return k;
    },
    async get(p) {
      return files.get(p)?.slice() ?? null;
    },
    async delete(p) {
      files.get(p)?.fill(0);
      files.delete(p);
      anchors.delete(p);
    },
    async getAnchor(p) {
      return anchors.get(p) ?? null;
    },
    async putAnchor(p, a) {
      if (fail.putAnchor) throw new Error('disk full');
      anchors.set(p, a);
    },
    // the main process's session (electron/services/host-session.ts has its own test)
    async openSession() {
      return true;
    },
    async openGuest() {},
    closeSession() {},
  };
  return { files, anchors, fail, keys };
}

function setup(host = memoryHost()) {
  const db = openVaultDb(`t-${Math.random()}`);
  return { db, host, vault: new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: host.keys }) };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof VaultError) return e.code;
    throw e;
  }
  return 'no error';
}

/** Every row of the store, as a copy of the IndexedDB files would keep them. */
async function copyStore(db: VaultDb) {
  return {
    profiles: await db.profiles.toArray(),
    records: await db.records.toArray(),
    manifests: await db.manifests.toArray(),
    meta: await db.meta.toArray(),
  };
}

async function restoreStore(db: VaultDb, copy: Awaited<ReturnType<typeof copyStore>>) {
  await db.transaction('rw', [db.profiles, db.records, db.manifests, db.meta], async () => {
    await Promise.all([db.profiles.clear(), db.records.clear(), db.manifests.clear(), db.meta.clear()]);
    await db.profiles.bulkPut(copy.profiles);
    await db.records.bulkPut(copy.records);
    await db.manifests.bulkPut(copy.manifests);
    await db.meta.bulkPut(copy.meta);
  });
}

const kinds = (p: { problems: { kind: string }[] }) => p.problems.map((x) => x.kind);

describe('whole-store rollback: the anchor kept outside the store', () => {
  it('an older copy of the whole store (records + manifest together) is reported, and nothing is destroyed', async () => {
    const { db, host, vault } = setup();
    const { profile } = await vault.create('A', PASS);
    await profile.putAll({ household: { name: '佐藤', children: 1 } });
    const old = await copyStore(db);
    await profile.putAll({ household: { name: '佐藤', children: 2 }, 'submission:1': { r: 'R-1' } });
    profile.lock();
    // Without the anchor this copy is self-consistent: the manifest and every record agree.
    await restoreStore(db, old);
    const p = await vault.unlock(profile.id, PASS);
    expect(kinds(p)).toEqual(['store-rolled-back']);
    // reported, not destroyed: the old copy's data still opens and is usable
    expect(await p.get('household')).toEqual({ name: '佐藤', children: 1 });
    p.lock();
    // Until something is saved the report comes again (the anchor is not moved back).
    const again = await vault.unlock(profile.id, PASS);
    expect(kinds(again)).toEqual(['store-rolled-back']);
    // A save numbers itself after the anchor: the anchor moves on and the report ends.
    await again.putAll({ household: { name: '佐藤', children: 2 } });
    again.lock();
    const later = await vault.unlock(profile.id, PASS);
    expect(later.problems).toEqual([]);
    expect(await later.get('household')).toEqual({ name: '佐藤', children: 2 });
    expect(host.anchors.get(profile.id)).toMatch(/^nonstop-anchor\/1\.\d+\./);
  });

  it('an anchor edited to a lower number, or copied from another profile, does not verify: reported and made again', async () => {
    const { db, host, vault } = setup();
    const a = (await vault.create('A', PASS)).profile;
    const b = (await vault.create('B', PASS)).profile;
    await a.putAll({ household: { v: 1 } });
    const old = await copyStore(db);
    await a.putAll({ household: { v: 2 } });
    await a.putAll({ household: { v: 3 } });
    a.lock();
    b.lock();
    await restoreStore(db, old);
    // The attacker lowers the number so that it matches the old copy (keeping the tag, or making one up).
    const real = host.anchors.get(a.id)!;
    const [, , tag] = real.split('.');
    host.anchors.set(a.id, `nonstop-anchor/1.1.${tag}`);
    expect(kinds(await vault.unlock(a.id, PASS))).toEqual(['anchor-invalid']);
    host.anchors.set(a.id, `nonstop-anchor/1.1.${btoa(String.fromCharCode(...random(32)))}`);
    expect(kinds(await vault.unlock(a.id, PASS))).toEqual(['anchor-invalid']);
    // B's valid anchor copied over A's
    host.anchors.set(a.id, host.anchors.get(b.id)!);
    expect(kinds(await vault.unlock(a.id, PASS))).toEqual(['anchor-invalid']);
    // each time it was made again for what is there now: the next unlock is quiet
    expect((await vault.unlock(a.id, PASS)).problems).toEqual([]);
  });

  it('an anchor deleted is reported (the profile row remembers it had one) and made again', async () => {
    const { db, host, vault } = setup();
    const { profile } = await vault.create('A', PASS);
    expect((await db.profiles.get(profile.id))!.anchor).toBe(true);
    await profile.putAll({ household: { v: 1 } });
    profile.lock();
    host.anchors.delete(profile.id);
    expect(kinds(await vault.unlock(profile.id, PASS))).toEqual(['anchor-missing']);
    expect(host.anchors.has(profile.id)).toBe(true);
    expect((await vault.unlock(profile.id, PASS)).problems).toEqual([]);
  });

  it('a profile from before the anchors (first run after the upgrade) gets one without any alarm', async () => {
    const host = memoryHost();
    const { db, vault } = setup(host);
    const { profile } = await vault.create('A', PASS);
    await profile.putAll({ household: { v: 1 } });
    profile.lock();
    // As the previous version left it: no anchor file, no flag on the row.
    host.anchors.clear();
    await db.profiles.update(profile.id, { anchor: undefined });
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toEqual([]);
    expect(host.anchors.has(profile.id)).toBe(true);
    expect((await db.profiles.get(profile.id))!.anchor).toBe(true);
  });

  it('an anchor that could not be written (disk full) lags behind: no false alarm, the write is kept', async () => {
    const { host, vault } = setup();
    const { profile } = await vault.create('A', PASS);
    host.fail.putAnchor = true;
    await profile.putAll({ household: { v: 1 } });
    await profile.putAll({ household: { v: 2 } });
    profile.lock();
    host.fail.putAnchor = false;
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toEqual([]);
    expect(await p.get('household')).toEqual({ v: 2 });
  });

  it('a lock while a write is on its way still leaves a valid anchor (no false alarm next time)', async () => {
    const { host, vault } = setup();
    const { profile } = await vault.create('A', PASS);
    const before = host.anchors.get(profile.id);
    const w = profile.putAll({ household: { v: 1 } });
    await new Promise((r) => setTimeout(r, 0)); // the write's transaction is running
    profile.lock(); // zeroes the data key the write started with
    await w;
    expect(host.anchors.get(profile.id)).not.toBe(before);
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toEqual([]);
    expect(await p.get('household')).toEqual({ v: 1 });
  });

  it('forgetting a profile removes its anchor with its key file', async () => {
    const { host, vault } = setup();
    const { profile } = await vault.create('A', PASS);
    profile.lock();
    await vault.forget(profile.id);
    expect(host.anchors.has(profile.id)).toBe(false);
    expect(host.files.has(profile.id)).toBe(false);
  });
});

describe('profiles made before the key files are adopted on first unlock', () => {
  /** A profile exactly as the code before the key files wrote it: a Vault without a host. */
  async function oldProfile(db: VaultDb) {
    const before = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null });
    const { profile, recoveryCode } = await before.create('旧', PASS);
    await profile.putAll({ household: { name: '旧データ' }, 'submission:a': { receiptNumber: 'R-9' } });
    profile.lock();
    const row = (await db.profiles.get(profile.id))!;
    expect(row.fileKey).toBeUndefined();
    return { id: profile.id, recoveryCode };
  }

  it('by passphrase: key file made, data key re-wrapped under it, records kept, a new recovery code asked for', async () => {
    const { db, host, vault } = setup();
    const { id, recoveryCode } = await oldProfile(db);
    const recordsBefore = await db.records.toArray();
    const p = await vault.unlock(id, PASS);
    expect(host.files.has(id)).toBe(true);
    const row = (await db.profiles.get(id))!;
    expect(row.fileKey).toBe(true);
    expect(row.recovery).toBeUndefined();
    expect(p.keyFileAdded).toBe(true);
    expect(p.needsRecoveryCode).toBe(true);
    expect(p.problems).toEqual([]);
    expect(await p.get('household')).toEqual({ name: '旧データ' });
    expect(await p.get('submission:a')).toEqual({ receiptNumber: 'R-9' });
    // records untouched (same rows, same bytes)
    expect(await db.records.toArray()).toEqual(recordsBefore);
    // the old recovery code no longer opens it; the new one does
    expect(await codeOf(vault.unlockWithRecoveryCode(id, recoveryCode))).toBe('wrong-recovery-code');
    const code = await p.regenerateRecoveryCode();
    p.lock();
    expect((await vault.unlockWithRecoveryCode(id, code)).needsRecoveryCode).toBe(false);
    const again = await vault.unlock(id, PASS);
    expect(again.keyFileAdded).toBe(false);
    expect(again.needsRecoveryCode).toBe(false);
    // and forgetting now shreds it: the wrapped key kept from the disk does not open with the passphrase alone
    const kept = (await db.profiles.get(id))!;
    await vault.forget(id);
    await expect(
      unwrapDek(PASS, { kdf: kept.kdf, wrapped: kept.wrappedDek }, dekAad(id)),
    ).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('by recovery code: adopted when the new passphrase is set', async () => {
    const { db, host, vault } = setup();
    const { id, recoveryCode } = await oldProfile(db);
    const p = await vault.unlockWithRecoveryCode(id, recoveryCode);
    expect(p.mustSetPassphrase).toBe(true);
    expect(host.files.has(id)).toBe(false);
    await p.changePassphrase('a new passphrase');
    expect(host.files.has(id)).toBe(true);
    expect(p.mustSetPassphrase).toBe(false);
    expect(p.needsRecoveryCode).toBe(true);
    await p.regenerateRecoveryCode();
    p.lock();
    expect(await codeOf(vault.unlock(id, PASS))).toBe('wrong-passphrase');
    const q = await vault.unlock(id, 'a new passphrase');
    expect(await q.get('household')).toEqual({ name: '旧データ' });
  });

  it('a host that cannot make the file leaves the profile opening as before; it is tried again next time', async () => {
    const { db, host, vault } = setup();
    const { id, recoveryCode } = await oldProfile(db);
    host.fail.create = true;
    const p = await vault.unlock(id, PASS);
    expect(p.keyFileAdded).toBe(false);
    expect(await p.get('household')).toEqual({ name: '旧データ' });
    expect((await db.profiles.get(id))!.fileKey).toBeUndefined();
    p.lock();
    expect((await vault.unlockWithRecoveryCode(id, recoveryCode)).id).toBe(id);
    host.fail.create = false;
    expect((await vault.unlock(id, PASS)).keyFileAdded).toBe(true);
  });

  it('a key file left by an adoption that did not finish is used again', async () => {
    const { db, host, vault } = setup();
    const { id } = await oldProfile(db);
    await host.keys.create(id); // made, then the app stopped before the profile row was updated
    const p = await vault.unlock(id, PASS);
    expect(p.keyFileAdded).toBe(true);
    p.lock();
    expect((await vault.unlock(id, PASS)).id).toBe(id);
  });

  it('a format-1 profile (before random ids) gets both: its records migrated and a key file', async () => {
    const { db, host, vault } = setup();
    const id = 'ab'.repeat(16);
    const dek = random(32);
    const w = await wrapDek(dek, PASS, dekAad(id), FAST, random);
    await db.profiles.add({
      id,
      label: '旧1',
      kdf: w.kdf,
      wrappedDek: w.wrapped,
      createdAt: '2026-01-01T00:00:00Z',
    });
    await db.records.put({
      profileId: id,
      key: 'household',
      sealed: seal(
        dek,
        utf8ToBytes(JSON.stringify({ name: '旧' })),
        legacyRecordAad('records', `${id}/household`),
        random,
      ),
    });
    const p = await vault.unlock(id, PASS);
    expect(await p.get('household')).toEqual({ name: '旧' });
    expect(host.files.has(id)).toBe(true);
    expect(p.needsRecoveryCode).toBe(true);
    expect((await db.profiles.get(id))!.format).toBe(2);
    expect(p.problems).toEqual([]);
  });
});

describe('the read path covers every key of the profile', () => {
  it('a row added under a key outside the random ids’ hex ranges is still read and reported', async () => {
    const { db, vault } = setup();
    const { profile } = await vault.create('A', PASS);
    await profile.putAll({ household: { v: 1 } });
    profile.lock();
    const row = (await db.profiles.get(profile.id))!;
    const dek = await unwrapDek(
      PASS,
      { kdf: row.kdf, wrapped: row.wrappedDek },
      dekAad(profile.id),
      (await vault.fileKeyOf(row))!,
    );
    for (const key of ['', 'ZZZ', 'household', '\uffff', 'g0']) {
      const sealed = seal(
        dek,
        encodePayload({ name: 'extra', version: 1, value: 1 }),
        recordAad(profile.id, key),
        random,
      );
      await db.records.put({ profileId: profile.id, key, sealed });
    }
    const p = await vault.unlock(profile.id, PASS);
    expect(kinds(p).sort()).toEqual(Array(5).fill('unexpected'));
    expect(await p.get('household')).toEqual({ v: 1 });
    expect(await p.keys('extra')).toEqual([]);
  });
});

describe('each new profile in its own storage bucket (forgetting removes its files)', () => {
  /** navigator.storageBuckets stand-in: one separate fake IndexedDB per bucket. */
  function memoryBuckets() {
    const open = new Map<string, IDBFactory>();
    const buckets: ProfileBuckets = {
      async open(name) {
        if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(name)) throw new TypeError('bad bucket name');
        let f = open.get(name);
        if (!f) open.set(name, (f = new IDBFactory()));
        return f;
      },
      async delete(name) {
        open.delete(name);
      },
      async keys() {
        return [...open.keys()];
      },
    };
    return { open, buckets };
  }

  it('records and manifest live in the bucket, not the shared database; forget deletes the bucket', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const { open, buckets } = memoryBuckets();
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: memoryHost().keys, buckets });
    const { profile } = await vault.create('A', PASS);
    const other = (await vault.create('B', PASS)).profile;
    await profile.putAll({ household: { name: '佐藤' }, 'submission:1': { r: 1 } });
    await other.putAll({ household: { name: '鈴木' } });
    expect((await db.profiles.get(profile.id))!.bucket).toBe(true);
    expect(await db.records.count()).toBe(0);
    expect(await db.manifests.count()).toBe(0);
    const rdb = await vault.recordsDb({ id: profile.id, bucket: true });
    expect(await rdb.records.count()).toBe(2);
    profile.lock();
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toEqual([]);
    expect(await p.get('household')).toEqual({ name: '佐藤' });
    p.lock();
    await vault.forget(profile.id);
    expect([...open.keys()]).toEqual([bucketName(other.id)]);
    expect((await vault.profiles()).map((x) => x.label)).toEqual(['B']);
    other.lock();
    expect(await (await vault.unlock(other.id, PASS)).get('household')).toEqual({ name: '鈴木' });
  });

  it('a bucket left by a forget that stopped half-way is deleted when the profiles are listed', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const { open, buckets } = memoryBuckets();
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null, buckets });
    const { profile } = await vault.create('A', PASS);
    profile.lock();
    await db.profiles.delete(profile.id); // the row went, the app stopped before the bucket did
    expect(open.has(bucketName(profile.id))).toBe(true);
    expect(await vault.profiles()).toEqual([]);
    expect(open.has(bucketName(profile.id))).toBe(false);
  });

  it('listing the profiles while one is being made does not sweep its new bucket', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const { open, buckets } = memoryBuckets();
    let listDuringCreate: Promise<unknown> = Promise.resolve();
    const vault: Vault = new Vault(db, {
      kdf: FAST,
      recoveryKdf: FAST,
      fileKeys: null,
      buckets: {
        ...buckets,
        async open(name) {
          const f = await buckets.open(name);
          listDuringCreate = vault.profiles(); // the lock screen refreshing its list right now
          await listDuringCreate;
          return f;
        },
      },
    });
    const { profile } = await vault.create('A', PASS);
    await listDuringCreate;
    await profile.putAll({ household: { v: 1 } });
    expect(open.has(bucketName(profile.id))).toBe(true);
    profile.lock();
    expect(await (await vault.unlock(profile.id, PASS)).get('household')).toEqual({ v: 1 });
  });

  it('a profile made before the buckets keeps its rows in the shared database and still opens', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const before = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null, buckets: null });
    const { profile } = await before.create('旧', PASS);
    await profile.putAll({ household: { name: '旧データ' } });
    profile.lock();
    const { open, buckets } = memoryBuckets();
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null, buckets });
    const p = await vault.unlock(profile.id, PASS);
    expect(await p.get('household')).toEqual({ name: '旧データ' });
    await p.putAll({ household: { name: '旧データ2' } });
    expect(open.size).toBe(0);
    expect(await db.records.count()).toBe(1);
    p.lock();
    await vault.forget(profile.id);
    expect(await db.records.count()).toBe(0);
  });

  it('a bucket that cannot be opened: the unlock says storage, a new profile goes to the shared database', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const { buckets } = memoryBuckets();
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null, buckets });
    const { profile } = await vault.create('A', PASS);
    profile.lock();
    const broken = new Vault(db, {
      kdf: FAST,
      recoveryKdf: FAST,
      fileKeys: null,
      buckets: {
        ...buckets,
        open: () => Promise.reject(Object.assign(new Error('x'), { name: 'UnknownError' })),
      },
    });
    expect(await codeOf(broken.unlock(profile.id, PASS))).toBe('storage-unavailable');
    const none = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null, buckets: null });
    expect(await codeOf(none.unlock(profile.id, PASS))).toBe('storage-unavailable');
    // and a new profile where buckets will not open is kept in the shared database instead
    const made = (await broken.create('B', PASS)).profile;
    await made.putAll({ household: { v: 1 } });
    expect((await db.profiles.get(made.id))!.bucket).toBeUndefined();
    expect(await db.records.count()).toBe(1);
    made.lock();
    expect(await (await broken.unlock(made.id, PASS)).get('household')).toEqual({ v: 1 });
  });
});
