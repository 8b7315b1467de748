import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openVaultDb } from './db';
import { Vault, VaultError } from './vault';

// Small KDF parameters keep the unit test fast; the app uses DEFAULT_KDF.
const FAST = { name: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;

describe('Vault', () => {
  it('creates, locks and unlocks a profile; records round-trip sealed', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const vault = new Vault(db, FAST);
    const p = await vault.create('家族A', 'correct horse battery');
    await p.putAll({ household: { name: '佐藤 花子' } });
    const raw = await db.records.get([p.id, 'household']);
    expect(new TextDecoder().decode(raw?.sealed)).not.toContain('佐藤');
    p.lock();
    await expect(p.get('household')).rejects.toBeInstanceOf(VaultError);
    const again = await vault.unlock(p.id, 'correct horse battery');
    expect(await again.get('household')).toEqual({ name: '佐藤 花子' });
    expect(await vault.profiles()).toEqual([{ id: p.id, label: '家族A' }]);
  });

  it('refuses a wrong passphrase and a short one', async () => {
    const vault = new Vault(openVaultDb(`t-${Math.random()}`), FAST);
    await expect(vault.create('x', 'short')).rejects.toMatchObject({ code: 'weak-passphrase' });
    const p = await vault.create('x', 'long enough phrase');
    await expect(vault.unlock(p.id, 'wrong passphrase!')).rejects.toMatchObject({ code: 'wrong-passphrase' });
  });

  it('keeps two profiles apart: one key does not open the other profile’s rows', async () => {
    const db = openVaultDb(`t-${Math.random()}`);
    const vault = new Vault(db, FAST);
    const a = await vault.create('A', 'passphrase-a-123');
    const b = await vault.create('B', 'passphrase-b-123');
    await a.putAll({ household: { secret: 'A' } });
    const row = await db.records.get([a.id, 'household']);
    // Moving A's ciphertext into B's row must not open (AAD binds profile and key).
    await db.records.put({ profileId: b.id, key: 'household', sealed: row!.sealed });
    await expect(b.get('household')).rejects.toMatchObject({ code: 'corrupt' });
  });
});
