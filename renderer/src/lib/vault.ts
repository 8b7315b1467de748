/**
 * The encrypted vault of one device: several profiles (community-centre
 * terminals), each with its own data key. Plain TypeScript over Dexie and
 * core's vault crypto, so it is unit-tested with fake-indexeddb.
 */
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';
import {
  createProfileKeys,
  open,
  recordAad,
  seal,
  unlockProfileKeys,
  VaultCryptoError,
  DEFAULT_KDF,
  type KdfParams,
} from '../../../core/vault/crypto';
import type { VaultDb } from './db';

export const MIN_PASSPHRASE_LENGTH = 8;

export const randomBytes = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n));

function randomId(): string {
  return [...randomBytes(12)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ProfileSummary {
  id: string;
  label: string;
}

export class VaultError extends Error {
  constructor(
    readonly code: 'wrong-passphrase' | 'weak-passphrase' | 'no-profile' | 'locked' | 'corrupt',
    message: string,
  ) {
    super(message);
  }
}

export class Vault {
  constructor(
    private readonly db: VaultDb,
    private readonly kdf: Omit<KdfParams, 'salt'> = DEFAULT_KDF,
  ) {}

  async profiles(): Promise<ProfileSummary[]> {
    const rows = await this.db.profiles.orderBy('id').toArray();
    return rows
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map(({ id, label }) => ({ id, label }));
  }

  async create(label: string, passphrase: string): Promise<UnlockedProfile> {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      throw new VaultError('weak-passphrase', `at least ${MIN_PASSPHRASE_LENGTH} characters`);
    const id = randomId();
    const { keys, dek } = await createProfileKeys(id, passphrase, randomBytes, this.kdf);
    await this.db.profiles.add({
      id,
      label: label.trim() || 'プロフィール',
      kdf: keys.kdf,
      wrappedDek: keys.wrappedDek,
      createdAt: new Date().toISOString(),
    });
    return new UnlockedProfile(this.db, id, dek);
  }

  async unlock(id: string, passphrase: string): Promise<UnlockedProfile> {
    const row = await this.db.profiles.get(id);
    if (!row) throw new VaultError('no-profile', 'no such profile');
    try {
      const dek = await unlockProfileKeys(id, passphrase, { kdf: row.kdf, wrappedDek: row.wrappedDek });
      return new UnlockedProfile(this.db, id, dek);
    } catch (e) {
      if (e instanceof VaultCryptoError && e.code === 'wrong-passphrase')
        throw new VaultError('wrong-passphrase', e.message);
      throw e;
    }
  }
}

/** An unlocked profile holds the data key in memory until `lock()`. */
export class UnlockedProfile {
  #dek: Uint8Array | null;

  constructor(
    private readonly db: VaultDb,
    readonly id: string,
    dek: Uint8Array,
  ) {
    this.#dek = dek;
  }

  private key(): Uint8Array {
    if (!this.#dek) throw new VaultError('locked', 'the profile is locked');
    return this.#dek;
  }

  private sealRow(key: string, value: unknown) {
    return {
      profileId: this.id,
      key,
      sealed: seal(
        this.key(),
        utf8ToBytes(JSON.stringify(value)),
        recordAad('records', `${this.id}/${key}`),
        randomBytes,
      ),
    };
  }

  async get<T>(key: string): Promise<T | undefined> {
    const row = await this.db.records.get([this.id, key]);
    if (!row) return undefined;
    try {
      return JSON.parse(
        bytesToUtf8(open(this.key(), row.sealed, recordAad('records', `${this.id}/${key}`))),
      ) as T;
    } catch (e) {
      if (e instanceof VaultError) throw e;
      throw new VaultError('corrupt', `record ${key} does not open`);
    }
  }

  /** Writes all entries in one transaction: everything is saved, or nothing. */
  async putAll(entries: Record<string, unknown>): Promise<void> {
    const rows = Object.entries(entries).map(([k, v]) => this.sealRow(k, v));
    await this.db.transaction('rw', this.db.records, async () => {
      await this.db.records.bulkPut(rows);
    });
  }

  async keys(prefix: string): Promise<string[]> {
    const rows = await this.db.records.where('profileId').equals(this.id).primaryKeys();
    return rows.map(([, k]) => k).filter((k) => k.startsWith(prefix));
  }

  lock(): void {
    this.#dek?.fill(0);
    this.#dek = null;
  }
}
