/**
 * IndexedDB through Dexie. Keys are chosen once at version 1 (Dexie cannot
 * change a primary key later): profiles by random id; records by
 * [profileId+key] where key is an opaque name ("household", "submission:<random>").
 * No indexed field carries personal data; every value except the lock-screen
 * index is sealed (AES-GCM, table and key bound as associated data).
 */
import Dexie, { type EntityTable } from 'dexie';
import type { KdfParams } from '../../../core/vault/crypto';

export interface ProfileRow {
  id: string;
  /** The label the user chose for the lock screen (no names unless they chose them). */
  label: string;
  kdf: KdfParams;
  wrappedDek: Uint8Array;
  createdAt: string;
}

export interface RecordRow {
  profileId: string;
  key: string;
  sealed: Uint8Array;
}

export type VaultDb = Dexie & {
  profiles: EntityTable<ProfileRow, 'id'>;
  records: Dexie.Table<RecordRow, [string, string]>;
};

export function openVaultDb(name = 'kosodate-nonstop'): VaultDb {
  // 'strict' durability: key material and submissions must survive a power cut (security-notes).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as VaultDb;
  db.version(1).stores({ profiles: 'id', records: '[profileId+key], profileId' });
  return db;
}
