/**
 * IndexedDB through Dexie. Keys were chosen at version 1 (Dexie cannot change a
 * primary key later) and still serve: profiles by random id; records by
 * [profileId+key]. Since format 2 (issue 11) `key` is a random record id — the
 * record's name ("household", "submission:…") is inside the seal — and version 2
 * of the schema adds the sealed manifest per profile and a small `meta` table
 * (device settings and wrong-passphrase counters, which must be readable before
 * any profile is open). Format-1 profiles (key = name, no manifest) are migrated
 * on their first unlock (vault.ts), because only then is the data key at hand.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { KdfParams, WrappedKey } from '../../../core/vault/crypto';

export interface ProfileRow {
  id: string;
  /** The label the user chose for the lock screen (no names unless they chose them). */
  label: string;
  /** The passphrase's KDF parameters and the DEK wrapped under its KEK (names kept from format 1). */
  kdf: KdfParams;
  wrappedDek: Uint8Array;
  createdAt: string;
  /** 2 since issue 11; absent on format-1 rows, which are migrated on unlock. */
  format?: 2;
  /** The DEK wrapped under the recovery code's KEK (absent until one is made for a migrated profile). */
  recovery?: WrappedKey;
  /** Both wraps also need the profile's key file outside the browser's storage (crypto-shredding). */
  fileKey?: true;
  /**
   * The profile has had a rollback anchor beside its key file (core/vault/anchor.ts):
   * if it is gone later, that is reported rather than silently made again.
   */
  anchor?: true;
}

export interface RecordRow {
  profileId: string;
  /** Format 2: a random id. Format 1: the record's name. */
  key: string;
  sealed: Uint8Array;
}

export interface ManifestRow {
  profileId: string;
  sealed: Uint8Array;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type VaultDb = Dexie & {
  profiles: EntityTable<ProfileRow, 'id'>;
  records: Dexie.Table<RecordRow, [string, string]>;
  manifests: EntityTable<ManifestRow, 'profileId'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export function openVaultDb(name = 'kosodate-nonstop'): VaultDb {
  // 'strict' durability: key material and submissions must survive a power cut (security-notes).
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as VaultDb;
  db.version(1).stores({ profiles: 'id', records: '[profileId+key], profileId' });
  db.version(2).stores({ manifests: 'profileId', meta: 'key' });
  return db;
}
