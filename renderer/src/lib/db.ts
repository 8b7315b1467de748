/**
 * IndexedDB through Dexie. Keys were chosen at version 1 (Dexie cannot change a
 * primary key later) and still serve: profiles by random id; records by
 * [profileId+key]. Since format 2 (issue 11) `key` is a random record id — the
 * record's name ("household", "submission:…") is inside the seal — and version 2
 * of the schema adds the sealed manifest per profile and a small `meta` table
 * (device settings and wrong-passphrase counters, which must be readable before
 * any profile is open). Format-1 profiles (key = name, no manifest) are migrated
 * on their first unlock (vault.ts), because only then is the data key at hand.
 *
 * Since issue 11's second round, a new profile's records and manifest live in
 * the profile's own storage bucket (Storage Buckets API: its own IndexedDB
 * files, `profile-<id>`), in a database of the same two tables. Forgetting a
 * profile deletes the bucket, and Chromium removes its files from the disk —
 * while rows deleted from a shared database stay in LevelDB's files until it
 * compacts, which no web API can force (measured: a forgotten profile's
 * ciphertexts were still in the files). Profiles made before keep their rows in
 * the shared database (`bucket` absent) and are read there; where the browser
 * has no storage buckets (unit tests) everything stays in the shared database.
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
  /** The records and manifest are in the profile's own storage bucket (`bucketName(id)`). */
  bucket?: true;
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

/** The records and manifest of one profile (the shared database has the same two tables). */
export type RecordsDb = Dexie & {
  records: Dexie.Table<RecordRow, [string, string]>;
  manifests: EntityTable<ManifestRow, 'profileId'>;
};

/** Where the profiles' own storage buckets come from (navigator.storageBuckets in the app). */
export interface ProfileBuckets {
  open(name: string): Promise<IDBFactory>;
  delete(name: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** Bucket names: lower-case letters, digits, '-' and '_', at most 64 characters. */
export const bucketName = (profileId: string) => `profile-${profileId}`;

export function openRecordsDb(factory: IDBFactory): RecordsDb {
  const db = new Dexie('kosodate-nonstop-profile', {
    indexedDB: factory,
    IDBKeyRange: globalThis.IDBKeyRange,
    chromeTransactionDurability: 'strict',
  }) as RecordsDb;
  db.version(1).stores({ records: '[profileId+key], profileId', manifests: 'profileId' });
  return db;
}

interface StorageBucketManager {
  open(name: string, options?: { durability?: 'strict' | 'relaxed' }): Promise<{ indexedDB: IDBFactory }>;
  delete(name: string): Promise<void>;
  keys(): Promise<string[]>;
}

/** The browser's storage buckets, or null where there are none. */
export function browserBuckets(): ProfileBuckets | null {
  const m =
    typeof navigator === 'undefined'
      ? undefined
      : (navigator as unknown as { storageBuckets?: StorageBucketManager }).storageBuckets;
  if (!m || typeof m.open !== 'function') return null;
  return {
    open: async (name) => (await m.open(name, { durability: 'strict' })).indexedDB,
    delete: (name) => m.delete(name),
    keys: () => m.keys(),
  };
}
