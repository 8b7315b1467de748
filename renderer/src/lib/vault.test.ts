import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';

const { OpenFailedError, DatabaseClosedError } = Dexie as unknown as Record<
  string,
  new (m?: string) => Error
>;
import { openVaultDb, type VaultDb } from './db';
import { GuestProfile, Vault, VaultError, storageError, throttleDelayMs } from './vault';
import { legacyRecordAad, seal, wrapDek, dekAad } from '../../../core/vault/crypto';
import { utf8ToBytes } from '@noble/ciphers/utils.js';

// Small KDF parameters keep the unit test fast; the app uses DEFAULT_KDF / RECOVERY_KDF.
const FAST = { name: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const PASS = 'correct horse battery';

function setup(clock = { t: 1_700_000_000_000 }) {
  const db = openVaultDb(`t-${Math.random()}`);
  const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, now: () => clock.t });
  return { db, vault, clock };
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof VaultError) return e.code;
    if (e instanceof Error && 'code' in e) return String((e as { code: unknown }).code);
    throw e;
  }
  return 'no error';
}

const allBytes = async (db: VaultDb) => {
  const rows = [
    ...(await db.records.toArray()).map((r) => r.sealed),
    ...(await db.manifests.toArray()).map((r) => r.sealed),
  ];
  // one byte per character: ASCII and UTF-8 byte sequences can be searched as text
  return rows.map((b) => Array.from(b, (x) => String.fromCharCode(x)).join('')).join('');
};

describe('profiles, passphrase and records', () => {
  it('creates, locks and unlocks; records round-trip sealed under random ids with padded lengths', async () => {
    const { db, vault } = setup();
    const { profile: p, recoveryCode } = await vault.create('家族A', PASS);
    expect(recoveryCode).toMatch(/^([0-9A-Z]{5}-){5}[0-9A-Z]{5}$/);
    await p.putAll({ household: { name: '佐藤 花子' }, 'submission:x1': { receiptNumber: 'R-1' } });
    const rows = await db.records.toArray();
    expect(rows.map((r) => r.key).every((k) => /^[0-9a-f]{32}$/.test(k))).toBe(true);
    expect(rows.every((r) => r.sealed.length >= 256 + 29)).toBe(true);
    const disk = await allBytes(db);
    for (const clear of ['佐藤', 'household', 'submission', 'R-1']) expect(disk).not.toContain(clear);
    const utf8 = Array.from(new TextEncoder().encode('佐藤'), (x) => String.fromCharCode(x)).join('');
    expect(disk.includes(utf8)).toBe(false);
    p.lock();
    await expect(p.get('household')).rejects.toBeInstanceOf(VaultError);
    const again = await vault.unlock(p.id, PASS);
    expect(again.problems).toEqual([]);
    expect(await again.get('household')).toEqual({ name: '佐藤 花子' });
    expect(await again.keys('submission:')).toEqual(['submission:x1']);
    expect(await vault.profiles()).toEqual([{ id: p.id, label: '家族A' }]);
  });

  it('refuses a wrong passphrase, a short one and a label already in use', async () => {
    const { vault } = setup();
    expect(await codeOf(vault.create('x', 'short'))).toBe('weak-passphrase');
    const { profile } = await vault.create('x', 'long enough phrase');
    expect(await codeOf(vault.unlock(profile.id, 'wrong passphrase!'))).toBe('wrong-passphrase');
    expect(await codeOf(vault.create(' x ', 'another long phrase'))).toBe('label-taken');
  });

  it('keeps two profiles apart: one key does not open the other profile’s rows', async () => {
    const { db, vault } = setup();
    const { profile: a } = await vault.create('A', 'passphrase-a-123');
    const { profile: b } = await vault.create('B', 'passphrase-b-123');
    await a.putAll({ household: { secret: 'A' } });
    await b.putAll({ household: { secret: 'B' } });
    // Move A's household ciphertext into B's household row (same id slot of B).
    const aRow = (await db.records.where('profileId').equals(a.id).toArray())[0]!;
    const bRow = (await db.records.where('profileId').equals(b.id).toArray())[0]!;
    await db.records.put({ ...bRow, sealed: aRow.sealed });
    const b2 = await vault.unlock(b.id, 'passphrase-b-123');
    expect(b2.problems).toEqual([{ kind: 'damaged', name: 'household', id: bRow.key }]);
    expect(await b2.get('household')).toBeUndefined();
    // And a row of A copied into B's profile is reported as unexpected, never used.
    await db.records.put({ ...aRow, profileId: b.id });
    const b3 = await vault.unlock(b.id, 'passphrase-b-123');
    expect(b3.problems.map((x) => x.kind).sort()).toEqual(['damaged', 'unexpected']);
  });

  it('changes the passphrase by re-wrapping the data key only (records untouched)', async () => {
    const { db, vault } = setup();
    const { profile: p } = await vault.create('A', PASS);
    await p.putAll({ household: { n: 1 } });
    const before = await db.records.toArray();
    const wrappedBefore = (await db.profiles.get(p.id))!.wrappedDek;
    await p.changePassphrase('a brand new passphrase');
    expect(await db.records.toArray()).toEqual(before);
    expect((await db.profiles.get(p.id))!.wrappedDek).not.toEqual(wrappedBefore);
    expect(await codeOf(vault.unlock(p.id, PASS))).toBe('wrong-passphrase');
    expect(await (await vault.unlock(p.id, 'a brand new passphrase')).get('household')).toEqual({ n: 1 });
    // Replaying the old wrapped key row (an attacker with an old copy) opens only with the old passphrase.
    expect(await codeOf(p.changePassphrase('short'))).toBe('weak-passphrase');
  });

  it('wipes the data key on lock: the very bytes it held are zero', async () => {
    const { vault } = setup();
    const { profile: p } = await vault.create('A', PASS);
    const held = (p as unknown as { key(): Uint8Array }).key();
    expect(held.some((b) => b !== 0)).toBe(true);
    p.lock();
    expect(held.every((b) => b === 0)).toBe(true);
    expect(p.locked).toBe(true);
    expect(p.entries.bind(p)).toThrow(VaultError);
  });
});

describe('recovery code', () => {
  it('unlocks the same data; a wrong or mistyped code does not; then a new passphrase is set', async () => {
    const { vault } = setup();
    const { profile: p, recoveryCode } = await vault.create('A', PASS);
    await p.putAll({ household: { n: 7 } });
    p.lock();
    const typo = recoveryCode.slice(0, 3) + (recoveryCode[3] === 'A' ? 'B' : 'A') + recoveryCode.slice(4);
    expect(await codeOf(vault.unlockWithRecoveryCode(p.id, typo))).toBe('malformed-recovery-code');
    const { recoveryCode: other } = await vault.create('B', PASS);
    expect(await codeOf(vault.unlockWithRecoveryCode(p.id, other))).toBe('wrong-recovery-code');
    const r = await vault.unlockWithRecoveryCode(p.id, recoveryCode.toLowerCase().replace(/-/g, ' '));
    expect(r.mustSetPassphrase).toBe(true);
    expect(await r.get('household')).toEqual({ n: 7 });
    await r.changePassphrase('after recovery 123');
    expect(r.mustSetPassphrase).toBe(false);
    expect(await (await vault.unlock(p.id, 'after recovery 123')).get('household')).toEqual({ n: 7 });
  });

  it('regenerating it makes the old code stop working', async () => {
    const { vault } = setup();
    const { profile: p, recoveryCode: old } = await vault.create('A', PASS);
    const fresh = await p.regenerateRecoveryCode();
    expect(fresh).not.toBe(old);
    expect(await p.isRecoveryCode(old)).toBe(false);
    expect(await codeOf(vault.unlockWithRecoveryCode(p.id, old))).toBe('wrong-recovery-code');
    expect((await vault.unlockWithRecoveryCode(p.id, fresh)).id).toBe(p.id);
  });
});

describe('wrong passphrases: a growing wait kept across reloads, never a lockout', () => {
  it('waits 5 s after the third failure, doubling, and survives reopening the database', async () => {
    const { db, vault, clock } = setup();
    const { profile: p } = await vault.create('A', PASS);
    expect(throttleDelayMs(2)).toBe(0);
    expect(throttleDelayMs(3)).toBe(5000);
    expect(throttleDelayMs(4)).toBe(10_000);
    expect(throttleDelayMs(100)).toBe(15 * 60 * 1000);
    for (let i = 0; i < 2; i++)
      expect(await codeOf(vault.unlock(p.id, 'wrong wrong 1'))).toBe('wrong-passphrase');
    const third = vault.unlock(p.id, 'wrong wrong 1').catch((e: VaultError) => e);
    expect(((await third) as VaultError).waitMs).toBe(5000);
    // Even the right passphrase is refused while waiting, without running the KDF.
    const during = (await vault.unlock(p.id, PASS).catch((e: VaultError) => e)) as VaultError;
    expect(during.code).toBe('throttled');
    expect(during.waitMs).toBe(5000);
    // A reload (a new Vault over the same database) keeps the wait.
    const reloaded = new Vault(openVaultDb(db.name), { kdf: FAST, recoveryKdf: FAST, now: () => clock.t });
    expect(await reloaded.waitMs(p.id)).toBe(5000);
    clock.t += 5000;
    expect(await codeOf(reloaded.unlock(p.id, 'wrong wrong 1'))).toBe('wrong-passphrase');
    expect(await reloaded.waitMs(p.id)).toBe(10_000);
    clock.t += 10_000;
    // After any number of failures the right passphrase still opens: nothing was destroyed.
    expect((await reloaded.unlock(p.id, PASS)).id).toBe(p.id);
    expect(await reloaded.waitMs(p.id)).toBe(0);
  });

  it('counts concurrent tries one by one (a double click cannot skip the counter)', async () => {
    const { vault } = setup();
    const { profile: p } = await vault.create('A', PASS);
    const codes = await Promise.all(
      Array.from({ length: 5 }, () => codeOf(vault.unlock(p.id, 'wrong wrong 2'))),
    );
    expect(codes).toEqual([
      'wrong-passphrase',
      'wrong-passphrase',
      'wrong-passphrase',
      'throttled',
      'throttled',
    ]);
  });

  it('shared mode: unlock by label; an unknown label answers like a wrong passphrase and is throttled too', async () => {
    const { vault } = setup();
    const { profile: p } = await vault.create('ひまわり', PASS);
    expect((await vault.unlockByLabel('ひまわり', PASS)).id).toBe(p.id);
    expect((await vault.unlockByLabel(' ひまわり ', PASS)).id).toBe(p.id);
    expect(await codeOf(vault.unlockByLabel('ひまわり', 'wrong wrong 3'))).toBe('wrong-passphrase');
    expect(await codeOf(vault.unlockByLabel('たんぽぽ', PASS))).toBe('wrong-passphrase');
    for (let i = 0; i < 2; i++) await codeOf(vault.unlockByLabel('たんぽぽ', PASS));
    expect(await codeOf(vault.unlockByLabel('たんぽぽ', PASS))).toBe('throttled');
  });
});

describe('integrity of the stored records', () => {
  async function withTwo() {
    const s = setup();
    const { profile } = await s.vault.create('A', PASS);
    await profile.putAll({ household: { v: 1 }, 'submission:a': { r: 'A' } });
    const rows = await s.db.records.toArray();
    return { ...s, profile, rows };
  }

  it('rollback: an older copy of a record put back is reported and not used', async () => {
    const { db, vault, profile } = await withTwo();
    const old = await db.records.toArray();
    await profile.putAll({ household: { v: 2 } });
    const household = (await db.records.toArray()).find(
      (r) =>
        !old.some((o) => o.sealed.length === r.sealed.length && o.sealed.every((b, i) => b === r.sealed[i])),
    )!;
    const oldCopy = old.find((r) => r.key === household.key)!;
    await db.records.put(oldCopy); // roll the row back
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toEqual([{ kind: 'rolled-back', name: 'household', id: household.key }]);
    expect(await p.get('household')).toBeUndefined();
    expect(await p.get('submission:a')).toEqual({ r: 'A' });
    expect(p.unreadable()).toEqual(['household']);
  });

  it('deletion: a row removed behind the app is reported as missing; the rest opens', async () => {
    const { db, vault, profile, rows } = await withTwo();
    await db.records.delete([profile.id, rows[0]!.key]);
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.kind).toBe('missing');
    expect(await p.keys('')).toHaveLength(1);
  });

  it('swap: two rows exchanged are both reported as swapped, neither used', async () => {
    const { db, vault, profile, rows } = await withTwo();
    const [x, y] = rows as [(typeof rows)[0], (typeof rows)[0]];
    await db.records.bulkPut([
      { ...x, sealed: y.sealed },
      { ...y, sealed: x.sealed },
    ]);
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems.map((q) => q.kind)).toEqual(['swapped', 'swapped']);
    expect(await p.keys('')).toEqual([]);
  });

  it('a flipped byte damages one record only: the profile opens and names it', async () => {
    const { db, vault, profile } = await withTwo();
    const p0 = await vault.unlock(profile.id, PASS);
    expect(p0.problems).toEqual([]);
    for (const row of await db.records.toArray()) {
      const flipped = new Uint8Array(row.sealed);
      flipped[40]! ^= 0x80;
      await db.records.put({ ...row, sealed: flipped });
      const p = await vault.unlock(profile.id, PASS);
      expect(p.problems).toHaveLength(1);
      expect(p.problems[0]!.kind).toBe('damaged');
      expect(['household', 'submission:a']).toContain(p.problems[0]!.name);
      expect(await p.keys('')).toHaveLength(1);
      await db.records.put(row); // put it back for the next round
    }
  });

  it('a damaged manifest does not stop the profile: it is rebuilt from the records and reported', async () => {
    const { db, vault, profile } = await withTwo();
    const m = (await db.manifests.get(profile.id))!;
    const bad = new Uint8Array(m.sealed);
    bad[30]! ^= 1;
    await db.manifests.put({ ...m, sealed: bad });
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toEqual([{ kind: 'manifest-damaged' }]);
    expect(await p.get('household')).toEqual({ v: 1 });
    await p.putAll({ household: { v: 3 } }); // writing seals a fresh manifest
    expect((await vault.unlock(profile.id, PASS)).problems).toEqual([]);
  });

  it('a manifest rolled back alone (records newer) is reported', async () => {
    const { db, vault, profile } = await withTwo();
    const oldManifest = (await db.manifests.get(profile.id))!;
    await profile.putAll({ household: { v: 2 } });
    await db.manifests.put(oldManifest);
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems.map((q) => q.kind)).toEqual(['manifest-stale']);
  });

  it('restores a damaged profile from a backup, in one write', async () => {
    const { db, vault, profile } = await withTwo();
    const backup = await profile.exportBackup('backup passphrase', 'passphrase');
    const row = (await db.records.toArray())[0]!;
    await db.records.put({ ...row, sealed: row.sealed.slice(0, 20) }); // truncated row
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toHaveLength(1);
    expect(await codeOf(p.restoreFromBackup(backup, 'wrong passphrase'))).toBe('wrong-secret');
    await p.restoreFromBackup(backup, 'backup passphrase');
    const again = await vault.unlock(profile.id, PASS);
    expect(again.problems).toEqual([]);
    expect(await again.get('household')).toEqual({ v: 1 });
    expect(await again.get('submission:a')).toEqual({ r: 'A' });
  });

  it('concurrent writes are queued: both land, versions increase, nothing is reported', async () => {
    const { vault, profile } = await withTwo();
    await Promise.all([
      profile.putAll({ household: { v: 10 } }),
      profile.putAll({ household: { v: 11 }, 'submission:b': { r: 'B' } }),
      profile.deleteAll(['submission:a']),
    ]);
    const p = await vault.unlock(profile.id, PASS);
    expect(p.problems).toEqual([]);
    expect(await p.get('household')).toEqual({ v: 11 });
    expect(await p.keys('submission:')).toEqual(['submission:b']);
  });
});

describe('storage failures', () => {
  it('a quota error gives a clear code and loses nothing already saved', async () => {
    const { db, vault } = setup();
    const { profile } = await vault.create('A', PASS);
    await profile.putAll({ household: { v: 1 } });
    const real = db.records.bulkPut.bind(db.records);
    db.records.bulkPut = (() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }) as typeof db.records.bulkPut;
    expect(await codeOf(profile.putAll({ household: { v: 2 }, 'submission:z': {} }))).toBe('storage-full');
    db.records.bulkPut = real;
    // In memory and on disk: the last saved state, whole.
    expect(await profile.get('household')).toEqual({ v: 1 });
    expect(await profile.keys('submission:')).toEqual([]);
    const again = await vault.unlock(profile.id, PASS);
    expect(again.problems).toEqual([]);
    expect(await again.get('household')).toEqual({ v: 1 });
  });

  it('maps Dexie’s wrapped errors (abort with quota inside, backing store, closed database)', () => {
    const abort = Object.assign(new Error('aborted'), {
      name: 'AbortError',
      inner: { name: 'QuotaExceededError' },
    });
    expect(storageError(abort).code).toBe('storage-full');
    expect(storageError(new OpenFailedError!('Internal error opening backing store')).code).toBe(
      'storage-unavailable',
    );
    expect(storageError(new DatabaseClosedError!()).code).toBe('storage-unavailable');
    expect(storageError(new Error('something else')).code).toBe('storage');
  });

  it('a closed (blocked) database gives storage-unavailable on unlock, and nothing changes', async () => {
    const { db, vault } = setup();
    const { profile } = await vault.create('A', PASS);
    db.close();
    expect(await codeOf(vault.unlock(profile.id, PASS))).toBe('storage-unavailable');
  });
});

describe('forgetting a profile (crypto-shredding)', () => {
  it('removes its wrapped keys, records, manifest and counters; the other profile is untouched', async () => {
    const { db, vault } = setup();
    const { profile: a, recoveryCode } = await vault.create('A', PASS);
    const { profile: b } = await vault.create('B', PASS);
    await a.putAll({ household: { a: 1 } });
    await b.putAll({ household: { b: 1 } });
    const aSealed = (await db.records.where('profileId').equals(a.id).toArray()).map((r) => r.sealed);
    await codeOf(vault.unlock(a.id, 'wrong wrong 4'));
    await vault.forget(a.id);
    expect(await db.profiles.get(a.id)).toBeUndefined();
    expect(await db.records.where('profileId').equals(a.id).count()).toBe(0);
    expect(await db.manifests.get(a.id)).toBeUndefined();
    expect(await db.meta.get(`attempts:${a.id}`)).toBeUndefined();
    expect(await codeOf(vault.unlock(a.id, PASS))).toBe('no-profile');
    expect(await codeOf(vault.unlockWithRecoveryCode(a.id, recoveryCode))).toBe('no-profile');
    // Someone who kept A's ciphertexts and puts them back cannot open them: the key is gone.
    await db.records.bulkPut(aSealed.map((sealed, i) => ({ profileId: a.id, key: `r${i}`, sealed })));
    expect(await codeOf(vault.unlock(a.id, PASS))).toBe('no-profile');
    expect(await (await vault.unlock(b.id, PASS)).get('household')).toEqual({ b: 1 });
  });

  it('is one transaction: a failure half-way leaves the profile whole', async () => {
    const { db, vault } = setup();
    const { profile: a } = await vault.create('A', PASS);
    await a.putAll({ household: { a: 1 } });
    const real = db.manifests.delete.bind(db.manifests);
    db.manifests.delete = (() =>
      Promise.reject(new Error('disk error'))) as unknown as typeof db.manifests.delete;
    expect(await codeOf(vault.forget(a.id))).toBe('storage');
    db.manifests.delete = real;
    expect(await (await vault.unlock(a.id, PASS)).get('household')).toEqual({ a: 1 });
  });
});

describe('backup: export, import into a new profile', () => {
  it('round-trips by backup passphrase and by recovery code; wrong secrets import nothing', async () => {
    const { db, vault } = setup();
    const { profile: a, recoveryCode } = await vault.create('A', PASS);
    await a.putAll({ household: { name: '佐藤' }, 'submission:1': { r: 1 } });
    const byPass = await a.exportBackup('backup passphrase', 'passphrase');
    expect(
      await codeOf(
        a.exportBackup(recoveryCode.replace(/^./, recoveryCode[0] === '0' ? '1' : '0'), 'recovery-code'),
      ),
    ).toBe('wrong-recovery-code');
    const byCode = await a.exportBackup(recoveryCode, 'recovery-code');
    await vault.forget(a.id);
    const before = await db.profiles.count();
    expect(await codeOf(vault.importBackup(byPass, 'not it at all', 'A2', PASS))).toBe('wrong-secret');
    expect(await codeOf(vault.importBackup(byPass.slice(0, 300), 'backup passphrase', 'A2', PASS))).toBe(
      'truncated',
    );
    expect(await codeOf(vault.importBackup('{"hello":1}', 'backup passphrase', 'A2', PASS))).toBe(
      'not-a-backup',
    );
    const flipped = JSON.parse(byPass);
    flipped.entries[1] = flipped.entries[1].replace(/^./, (c: string) => (c === 'A' ? 'B' : 'A'));
    expect(await codeOf(vault.importBackup(JSON.stringify(flipped), 'backup passphrase', 'A2', PASS))).toBe(
      'damaged',
    );
    expect(await db.profiles.count()).toBe(before);
    expect(await db.records.count()).toBe(0);
    const { profile: back } = await vault.importBackup(byPass, 'backup passphrase', null, 'new passphrase 1');
    expect(back.label).toBe('A');
    expect(await back.get('household')).toEqual({ name: '佐藤' });
    expect(await back.keys('submission:')).toEqual(['submission:1']);
    const { profile: back2 } = await vault.importBackup(byCode, recoveryCode, 'A-code', 'new passphrase 2');
    expect(await back2.get('submission:1')).toEqual({ r: 1 });
  });
});

describe('guest session', () => {
  it('keeps everything in memory: no row is written, and it can leave as an encrypted backup', async () => {
    const { db, vault } = setup();
    const guest = new GuestProfile(vault);
    await guest.putAll({ household: { name: 'ゲスト太郎' } });
    expect(await guest.get('household')).toEqual({ name: 'ゲスト太郎' });
    const counts = async () =>
      (await db.profiles.count()) +
      (await db.records.count()) +
      (await db.manifests.count()) +
      (await db.meta.count());
    expect(await counts()).toBe(0);
    const backup = await guest.exportBackup('guest backup pass');
    expect(backup).not.toContain('ゲスト太郎');
    guest.lock();
    expect(await codeOf(guest.get('household'))).toBe('locked');
    const { profile } = await vault.importBackup(backup, 'guest backup pass', '引き継ぎ', PASS);
    expect(await profile.get('household')).toEqual({ name: 'ゲスト太郎' });
  });
});

describe('shared-terminal settings', () => {
  it('the staff passphrase protects turning shared mode off and changing the idle time', async () => {
    const { vault } = setup();
    expect((await vault.settings()).shared).toBeNull();
    await vault.enableSharedMode('staff passphrase 1');
    expect((await vault.settings()).shared).not.toBeNull();
    expect(await codeOf(vault.disableSharedMode('not the staff one'))).toBe('wrong-staff-passphrase');
    expect(await codeOf(vault.setAutoLockMinutes(30, 'not the staff one'))).toBe('wrong-staff-passphrase');
    await vault.setAutoLockMinutes(3, 'staff passphrase 1');
    expect((await vault.settings()).autoLockMinutes).toBe(3);
    await vault.disableSharedMode('staff passphrase 1');
    expect((await vault.settings()).shared).toBeNull();
  });
});

describe('format 1 profiles (before random ids and the manifest) still open', () => {
  it('are migrated on first unlock: names move inside the seal, a manifest is made, a recovery code asked for', async () => {
    const { db, vault } = setup();
    const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
    // A profile exactly as the format-1 code wrote it.
    const id = 'legacy0000000000000000000000';
    const dek = random(32);
    const w = await wrapDek(dek, PASS, dekAad(id), FAST, random);
    await db.profiles.add({
      id,
      label: '旧',
      kdf: w.kdf,
      wrappedDek: w.wrapped,
      createdAt: '2026-01-01T00:00:00Z',
    });
    const put = (key: string, v: unknown) =>
      db.records.put({
        profileId: id,
        key,
        sealed: seal(dek, utf8ToBytes(JSON.stringify(v)), legacyRecordAad('records', `${id}/${key}`), random),
      });
    await put('household', { name: '旧データ' });
    await put('submission:abc', { receiptNumber: 'R-9' });
    const p = await vault.unlock(id, PASS);
    expect(p.needsRecoveryCode).toBe(true);
    expect(p.problems).toEqual([]);
    expect(await p.get('household')).toEqual({ name: '旧データ' });
    expect(await p.keys('submission:')).toEqual(['submission:abc']);
    expect((await db.records.toArray()).map((r) => r.key).some((k) => k === 'household')).toBe(false);
    expect((await db.profiles.get(id))!.format).toBe(2);
    const code = await p.regenerateRecoveryCode();
    p.lock();
    const again = await vault.unlockWithRecoveryCode(id, code);
    expect(again.needsRecoveryCode).toBe(false);
    expect(await again.get('submission:abc')).toEqual({ receiptNumber: 'R-9' });
  });
});

/** The host's key files, in memory (electron/services/vault-keys.ts has its own test). */
function memoryFileKeys() {
  const files = new Map<string, Uint8Array>();
  const anchors = new Map<string, string>();
  return {
    files,
    keys: {
      async getAnchor(p: string) {
        return anchors.get(p) ?? null;
      },
      async putAnchor(p: string, a: string) {
        anchors.set(p, a);
      },
      async create(p: string) {
        if (files.has(p)) throw new Error('exists');
        const k = crypto.getRandomValues(new Uint8Array(32));
        files.set(p, k.slice());
        return k;
      },
      async get(p: string) {
        return files.get(p)?.slice() ?? null;
      },
      async delete(p: string) {
        files.get(p)?.fill(0);
        files.delete(p);
      },
      // the main process's session (electron/services/host-session.ts has its own test)
      async openSession() {
        return true;
      },
      async openGuest() {},
      closeSession() {},
    },
  };
}

describe('the key file outside the browser’s storage (crypto-shredding that survives LevelDB)', () => {
  it('forgetting shreds the key file: rows put back from a copy of the disk do not open, even with the passphrase', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const { files, keys } = memoryFileKeys();
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: keys });
    const { profile, recoveryCode } = await vault.create('A', PASS);
    await profile.putAll({ household: { name: '佐藤' } });
    expect(files.has(profile.id)).toBe(true);
    // What LevelDB may still hold after the delete: the profile row (wrapped keys), records, manifest.
    const kept = {
      profile: (await db.profiles.get(profile.id))!,
      records: await db.records.toArray(),
      manifest: (await db.manifests.get(profile.id))!,
    };
    await vault.forget(profile.id);
    expect(files.has(profile.id)).toBe(false);
    await db.profiles.put(kept.profile);
    await db.records.bulkPut(kept.records);
    await db.manifests.put(kept.manifest);
    expect(await codeOf(vault.unlock(profile.id, PASS))).toBe('key-file-missing');
    expect(await codeOf(vault.unlockWithRecoveryCode(profile.id, recoveryCode))).toBe('key-file-missing');
    // And with the file key gone, the passphrase alone does not unwrap the data key.
    const { unwrapDek } = await import('../../../core/vault/crypto');
    await expect(
      unwrapDek(PASS, { kdf: kept.profile.kdf, wrapped: kept.profile.wrappedDek }, dekAad(profile.id)),
    ).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('every path needs the file key: unlock, recovery, passphrase change, new recovery code', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const { keys } = memoryFileKeys();
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: keys });
    const { profile, recoveryCode } = await vault.create('A', PASS);
    expect((await db.profiles.get(profile.id))!.fileKey).toBe(true);
    await profile.changePassphrase('second passphrase');
    const code = await profile.regenerateRecoveryCode();
    expect(await profile.isRecoveryCode(recoveryCode)).toBe(false);
    expect((await vault.unlock(profile.id, 'second passphrase')).id).toBe(profile.id);
    expect((await vault.unlockWithRecoveryCode(profile.id, code)).id).toBe(profile.id);
    // Without the host's key store the profile does not open: the answer says why.
    const noKeys = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null });
    expect(await codeOf(noKeys.unlock(profile.id, 'second passphrase'))).toBe('key-file-missing');
  });
});

describe('re-authentication (issue 19 item 3)', () => {
  it('verifyPassphrase: the current passphrase passes; a wrong one is refused and counted like an unlock', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    let clock = 1_000_000;
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null, now: () => clock });
    const { profile } = await vault.create('A', PASS);
    await expect(vault.verifyPassphrase(profile.id, PASS)).resolves.toBeUndefined();
    for (let i = 0; i < 2; i++)
      expect(await codeOf(vault.verifyPassphrase(profile.id, 'wrong one!'))).toBe('wrong-passphrase');
    // the third wrong try starts the wait, for unlocks too: one counter
    expect(await codeOf(vault.verifyPassphrase(profile.id, 'wrong one!'))).toBe('wrong-passphrase');
    expect(await codeOf(vault.unlock(profile.id, PASS))).toBe('throttled');
    clock += 5_000;
    await expect(vault.verifyPassphrase(profile.id, PASS)).resolves.toBeUndefined();
    // the open profile is not touched
    await profile.putAll({ x: 1 });
    expect(await profile.get('x')).toBe(1);
  });
});

describe('no label oracle in shared-terminal mode (issue 19 item 5)', () => {
  async function sharedVault() {
    const db = openVaultDb(`t-${Math.random()}`);
    const clock = { t: 1_000_000 };
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null, now: () => clock.t });
    await vault.enableSharedMode('staff passphrase 2026');
    return { db, vault, clock };
  }
  async function refusal(p: Promise<unknown>): Promise<{ code: string; waitMs: number }> {
    try {
      await p;
    } catch (e) {
      if (e instanceof VaultError) return { code: e.code, waitMs: e.waitMs };
      throw e;
    }
    return { code: 'ok', waitMs: 0 };
  }

  it('creating with a used label is not refused; each profile opens with its own passphrase', async () => {
    const { vault, db } = await sharedVault();
    const a = await vault.create('さくら', PASS);
    const b = await vault.create('さくら', 'another long passphrase');
    expect(a.profile.id).not.toBe(b.profile.id);
    expect((await vault.unlockByLabel('さくら', 'another long passphrase')).id).toBe(b.profile.id);
    expect((await vault.unlockByLabel('さくら', PASS)).id).toBe(a.profile.id);
    // the typed label is counted under a hash: no label in clear among the counters
    await refusal(vault.unlockByLabel('ひまわり', 'wrong passphrase'));
    const keys = (await db.meta.toArray()).map((r) => r.key);
    expect(keys.some((k) => k.includes('ひまわり'))).toBe(false);
    // control: outside shared mode a used label is refused (the list shows them anyway)
    const plain = new Vault(openVaultDb(`t-${Math.random()}`), {
      kdf: FAST,
      recoveryKdf: FAST,
      fileKeys: null,
    });
    await plain.create('さくら', PASS);
    expect(await codeOf(plain.create('さくら', PASS))).toBe('label-taken');
  });

  it('a real label and an unknown one: the same answer and the same counting, try by try', async () => {
    const { vault, clock } = await sharedVault();
    await vault.create('さくら', PASS);
    const real: { code: string; waitMs: number }[] = [];
    const unknown: { code: string; waitMs: number }[] = [];
    for (let i = 0; i < 5; i++) {
      real.push(await refusal(vault.unlockByLabel('さくら', 'wrong passphrase')));
      unknown.push(await refusal(vault.unlockByLabel('すみれ', 'wrong passphrase')));
      clock.t += 60 * 60_000; // past any wait
    }
    expect(real).toEqual(unknown);
    expect(real.map((r) => r.code)).toEqual(Array(5).fill('wrong-passphrase'));
    expect(real.at(-1)!.waitMs).toBeGreaterThan(0); // counted, for both alike
    // by recovery code too
    const rc = await refusal(
      vault.unlockWithRecoveryCode('', 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', 'さくら'),
    );
    const uc = await refusal(
      vault.unlockWithRecoveryCode('', 'AAAAA-AAAAA-AAAAA-AAAAA-AAAAA-AAAAA', 'すみれ'),
    );
    expect(rc.code).toBe(uc.code);
  });
});

describe('the wait after wrong tries (issue 19 item 6)', () => {
  it('stays within its cap when the clock goes back', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const clock = { t: 10_000_000_000 };
    const vault = new Vault(db, { kdf: FAST, recoveryKdf: FAST, fileKeys: null, now: () => clock.t });
    const { profile } = await vault.create('A', PASS);
    for (let i = 0; i < 12; i++) {
      await codeOf(vault.unlock(profile.id, 'wrong passphrase'));
      clock.t += 60 * 60_000;
    }
    clock.t -= 60 * 60_000; // right after the last failure
    expect(await vault.waitMs(profile.id)).toBe(15 * 60_000);
    clock.t -= 24 * 60 * 60_000; // the clock put back a day
    expect(await vault.waitMs(profile.id)).toBe(15 * 60_000);
    // control: a few tries only — the clock going back keeps the short wait short
    const { profile: b } = await vault.create('B', PASS);
    for (let i = 0; i < 3; i++) await codeOf(vault.unlock(b.id, 'wrong passphrase'));
    clock.t -= 60 * 60_000;
    expect(await vault.waitMs(b.id)).toBe(5_000);
  });
});
