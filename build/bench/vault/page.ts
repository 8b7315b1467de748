/**
 * Runs in Chromium (bundled by build/bench/vault.ts): the app's own vault code
 * (renderer/src/lib/vault.ts over Dexie and IndexedDB) with the app's KDF
 * parameters, measured with performance.now().
 */
import Dexie from 'dexie';
import { openVaultDb } from '../../../renderer/src/lib/vault-bench-entry';

declare global {
  interface Window {
    runVaultBench: (records: number, rounds: number) => Promise<unknown>;
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

/** A submission record of realistic size (≈ 700 bytes of JSON), different every time. */
function record(i: number) {
  return {
    procedure: 'child-allowance-application',
    child: `child-${i % 3}`,
    receiptNumber: `R-131121-20261121-${String(100000 + i)}`,
    receivedAt: new Date(Date.UTC(2026, 10, 21, 0, 0, i)).toISOString(),
    submittedOn: '2026-11-21',
    status: [
      { at: '2026-11-21T09:00:00+09:00', status: 'received', note: '受付しました。内容を確認しています。' },
      {
        at: '2026-11-22T10:30:00+09:00',
        status: 'reviewing',
        note: '審査中です。追加の書類が必要な場合はお知らせします。',
      },
    ],
    documents: Array.from({ length: 4 }, (_, d) => ({ name: `document-${d}.pdf`, sha256: 'ab'.repeat(32) })),
    seq: i,
  };
}

window.runVaultBench = async (records: number, rounds: number) => {
  const { Vault, UnlockedProfile } = await import('../../../renderer/src/lib/vault-bench-entry');
  const { unwrapDek, dekAad, deriveKek, wipe } = await import('../../../core/vault/crypto');
  const db = openVaultDb('bench-vault');
  const vault = new Vault(db); // DEFAULT_KDF and RECOVERY_KDF: the app's parameters
  const pass = 'bench passphrase 2026';
  const { profile } = await vault.create('bench', pass);
  const entries: Record<string, unknown> = {};
  for (let i = 0; i < records; i++) entries[`submission:${i}`] = record(i);
  await profile.putAll(entries);
  profile.lock();

  const plain = new Dexie('bench-plain') as Dexie & {
    rows: Dexie.Table<{ id: string; value: unknown }, string>;
  };
  plain.version(1).stores({ rows: 'id' });
  await plain.rows.bulkPut(Object.entries(entries).map(([id, value]) => ({ id, value })));

  const unlock: number[] = [];
  const sealed: number[] = [];
  const plainRead: number[] = [];
  const kdf: number[] = [];
  const row = (await db.profiles.get(profile.id))!;
  for (let r = 0; r < rounds + 1; r++) {
    // the whole unlock: Argon2id 64 MiB, unwrap, read and open every record and the manifest, integrity check
    let t = performance.now();
    const p = await vault.unlock(profile.id, pass);
    const u = performance.now() - t;
    if ((await p.keys('submission:')).length !== records || p.problems.length)
      throw new Error('bench: bad unlock');
    p.lock();
    // reading only: 1,000 sealed records read from IndexedDB and opened (the key already unwrapped)
    const dek = await unwrapDek(pass, { kdf: row.kdf, wrapped: row.wrappedDek }, dekAad(profile.id));
    t = performance.now();
    const opened = await UnlockedProfile.open(vault, row, dek);
    const s = performance.now() - t;
    if ((await opened.keys('submission:')).length !== records) throw new Error('bench: bad read');
    opened.lock();
    // the same values as plain Dexie rows
    t = performance.now();
    const rows = await plain.rows.toArray();
    const pr = performance.now() - t;
    if (rows.length !== records) throw new Error('bench: bad plain read');
    // the key derivation alone (Argon2id with the profile's stored parameters)
    t = performance.now();
    wipe(await deriveKek(pass, row.kdf));
    const k = performance.now() - t;
    if (r > 0) {
      kdf.push(k);
      // round 0 warms up the JIT and IndexedDB's caches
      unlock.push(u);
      sealed.push(s);
      plainRead.push(pr);
    }
  }
  db.close();
  plain.close();
  return {
    unlock,
    sealed,
    plainRead,
    kdf,
    kdfMs: median(kdf),
    unlockMs: median(unlock),
    sealedReadMs: median(sealed),
    plainReadMs: median(plainRead),
  };
};
