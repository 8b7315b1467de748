/**
 * The encrypted vault of one device: several profiles (community-centre
 * terminals), each with its own data key (DEK), plus the device's settings.
 * Plain TypeScript over Dexie and core's vault crypto, unit-tested with
 * fake-indexeddb (vault.test.ts). README "Security" states the key hierarchy.
 *
 * - The DEK is wrapped twice: under the passphrase's KEK and the recovery code's.
 * - An unlocked profile opens every row once (checking it against the sealed
 *   manifest, core/vault/records.ts), keeps the values in memory and the DEK
 *   until `lock()`, which wipes the key and drops every value.
 * - Writes are queued one at a time and each is one IndexedDB transaction
 *   (records + manifest); the in-memory state changes only after it commits, so
 *   a failed write (quota, disk) loses nothing already saved.
 * - Wrong passphrases: a growing wait, stored in `meta` so a reload does not
 *   reset it; nothing is ever deleted for too many tries.
 */
import { bytesToUtf8, utf8ToBytes } from '@noble/ciphers/utils.js';
import {
  DEFAULT_KDF,
  RECOVERY_KDF,
  VaultCryptoError,
  dekAad,
  legacyRecordAad,
  manifestAad,
  open,
  recordAad,
  recoveryDekAad,
  seal,
  unwrapDek,
  wipe,
  wrapDek,
  type KdfSettings,
  type RandomBytes,
  type WrappedKey,
  hostCapability,
  hostVerifier,
} from '../../../core/vault/crypto';
import {
  checkIntegrity,
  decodePayload,
  emptyManifest,
  encodePayload,
  isManifest,
  isRecordPayload,
  type IntegrityProblem,
  type Manifest,
  type OpenedRow,
} from '../../../core/vault/records';
import { generateRecoveryCode, parseRecoveryCode } from '../../../core/vault/recovery';
import {
  BackupError,
  createBackup,
  readBackup,
  type BackupEntry,
  type BackupKeySource,
} from '../../../core/vault/backup';
import Dexie from 'dexie';
import {
  browserBuckets,
  bucketName,
  openRecordsDb,
  type ManifestRow,
  type ProfileBuckets,
  type ProfileRow,
  type RecordRow,
  type RecordsDb,
  type VaultDb,
} from './db';
import { hostFileKeys } from './vault-host-keys';
import { makeAnchor, readAnchor } from '../../../core/vault/anchor';

export const MIN_PASSPHRASE_LENGTH = 8;

export const randomBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

function randomId(random: RandomBytes): string {
  return [...random(16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ProfileSummary {
  id: string;
  label: string;
}

export type VaultErrorCode =
  | 'wrong-passphrase'
  | 'wrong-recovery-code'
  | 'malformed-recovery-code'
  | 'weak-passphrase'
  | 'throttled'
  | 'no-profile'
  | 'label-taken'
  | 'locked'
  | 'corrupt'
  | 'storage-full'
  | 'storage-unavailable'
  | 'storage'
  | 'wrong-staff-passphrase'
  | 'key-file-missing';

export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
    /** throttled: milliseconds to wait before the next try */
    readonly waitMs = 0,
  ) {
    super(message);
  }
}

export { BackupError };

/** Maps what IndexedDB/Dexie throws to a code the UI can explain (security-notes §IndexedDB). */
export function storageError(e: unknown): VaultError {
  if (e instanceof VaultError) return e;
  const names: string[] = [];
  for (let x = e as { name?: string; inner?: unknown } | undefined, i = 0; x && i < 4; i++) {
    if (typeof x.name === 'string') names.push(x.name);
    x = x.inner as typeof x;
  }
  const msg = e instanceof Error ? e.message : String(e);
  if (names.includes('QuotaExceededError') || /quota/i.test(msg))
    return new VaultError('storage-full', 'storage full');
  if (
    names.some((n) =>
      [
        'OpenFailedError',
        'DatabaseClosedError',
        'InvalidStateError',
        'VersionError',
        'UnknownError',
      ].includes(n),
    ) ||
    /backing store|blocked/i.test(msg)
  )
    return new VaultError('storage-unavailable', msg);
  return new VaultError('storage', msg);
}

async function guard<T>(f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw storageError(e);
  }
}

/** Wait after `failures` wrong tries in a row: none for 3, then 5 s, doubling, at most 15 min. */
export function throttleDelayMs(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(5000 * 2 ** (failures - 3), 15 * 60 * 1000);
}

interface Attempts {
  failures: number;
  lastFailureAt: number;
}

export interface DeviceSettings {
  /** minutes of inactivity before locking; null: the default (5, or 2 in shared mode) */
  autoLockMinutes: number | null;
  /** shared-terminal mode, protected by the staff passphrase's verifier */
  shared: { verifier: WrappedKey } | null;
}

const STAFF_AAD = 'nonstop-vault/2:staff';
export const normaliseLabel = (label: string) => label.normalize('NFKC').trim();

/** A profile's key file outside the browser's storage (crypto-shredding); see vault-host-keys.ts. */
export interface FileKeys {
  /** `verifier`: the hash of the profile's host capability (core/vault/crypto.ts hostVerifier) */
  create(profile: string, verifier?: string): Promise<Uint8Array>;
  /** null: there is no key file for this profile */
  get(profile: string): Promise<Uint8Array | null>;
  delete(profile: string): Promise<void>;
  /** The profile's rollback anchor beside its key file (core/vault/anchor.ts); null: none. */
  getAnchor(profile: string): Promise<string | null>;
  putAnchor(profile: string, anchor: string): Promise<void>;
  /**
   * The unlocked session main holds (issue 19; electron/services/host-session.ts):
   * opened with the profile's capability once its data key is open, or as a guest;
   * closed on lock. Deleting the key file and the anchors need it; false: refused.
   */
  openSession(profile: string, capability: Uint8Array): Promise<boolean>;
  openGuest(): Promise<void>;
  closeSession(): void;
}

export interface VaultOptions {
  /** undefined: the host's key files when there is a host; null: none */
  fileKeys?: FileKeys | null;
  /** undefined: the browser's storage buckets when it has them; null: none (everything in `db`) */
  buckets?: ProfileBuckets | null;
  kdf?: KdfSettings;
  recoveryKdf?: KdfSettings;
  now?: () => number;
  random?: RandomBytes;
}

/** What every open profile offers the Session (a stored profile or a guest kept in memory). */
export interface ProfileStore {
  readonly id: string;
  readonly label: string;
  readonly guest: boolean;
  get<T>(name: string): Promise<T | undefined>;
  putAll(entries: Record<string, unknown>): Promise<void>;
  deleteAll(names: string[]): Promise<void>;
  keys(prefix: string): Promise<string[]>;
  exportBackup(secret: string, keySource: BackupKeySource): Promise<string>;
  lock(): void;
}

export class Vault {
  readonly kdf: KdfSettings;
  readonly recoveryKdf: KdfSettings;
  readonly now: () => number;
  readonly random: RandomBytes;
  readonly fileKeys: FileKeys | null;
  readonly buckets: ProfileBuckets | null;
  #recordDbs = new Map<string, Promise<RecordsDb>>();
  #creating = new Set<string>();
  #attempting: Promise<unknown> = Promise.resolve();

  constructor(
    readonly db: VaultDb,
    options: VaultOptions | KdfSettings = {},
  ) {
    const o: VaultOptions = 'name' in options ? { kdf: options } : options;
    this.kdf = o.kdf ?? DEFAULT_KDF;
    this.recoveryKdf = o.recoveryKdf ?? (o.kdf ? o.kdf : RECOVERY_KDF);
    this.now = o.now ?? Date.now;
    this.random = o.random ?? randomBytes;
    this.fileKeys = o.fileKeys === undefined ? hostFileKeys() : o.fileKeys;
    this.buckets = o.buckets === undefined ? browserBuckets() : o.buckets;
  }

  /** Where a profile's records and manifest are: its own storage bucket, or the shared database. */
  recordsDb(row: Pick<ProfileRow, 'id' | 'bucket'>): Promise<RecordsDb> {
    if (!row.bucket) return Promise.resolve(this.db);
    const buckets = this.buckets;
    if (!buckets)
      return Promise.reject(new VaultError('storage-unavailable', 'this browser has no storage buckets'));
    let db = this.#recordDbs.get(row.id);
    if (!db) {
      db = guard(async () => openRecordsDb(await buckets.open(bucketName(row.id))));
      db.catch(() => this.#recordDbs.delete(row.id));
      this.#recordDbs.set(row.id, db);
    }
    return db;
  }

  /** Deletes a profile's bucket (and with it its files on disk); closes our connection first. */
  async #deleteBucket(id: string): Promise<void> {
    const open = this.#recordDbs.get(id);
    this.#recordDbs.delete(id);
    if (open) (await open.catch(() => null))?.close();
    await this.buckets?.delete(bucketName(id));
  }

  async #withFileKey<T>(row: ProfileRow, f: (fileKey: Uint8Array | undefined) => Promise<T>): Promise<T> {
    const fk = await this.fileKeyOf(row);
    try {
      return await f(fk);
    } finally {
      wipe(fk);
    }
  }

  async #verifier(dek: Uint8Array, id: string): Promise<string> {
    const capability = await hostCapability(dek, id);
    try {
      return await hostVerifier(capability);
    } finally {
      wipe(capability);
    }
  }

  /**
   * Opens the unlocked session in main with the profile's capability (issue 19):
   * without it main refuses to delete the key file or touch the anchor. A refusal
   * does not stop the unlock — the profile opens; deleting it is then refused.
   */
  async openHostSession(id: string, dek: Uint8Array): Promise<boolean> {
    if (!this.fileKeys) return false;
    const capability = await hostCapability(dek, id);
    try {
      return await this.fileKeys.openSession(id, capability);
    } catch {
      return false;
    } finally {
      wipe(capability);
    }
  }

  /** The profile's file key (the caller wipes it); undefined for a profile made without one. */
  async fileKeyOf(row: ProfileRow): Promise<Uint8Array | undefined> {
    if (!row.fileKey) return undefined;
    let key: Uint8Array | null;
    try {
      key = (await this.fileKeys?.get(row.id)) ?? null;
    } catch (e) {
      throw storageError(e);
    }
    if (!key) throw new VaultError('key-file-missing', 'the key file of this profile is missing');
    return key;
  }

  /**
   * Writes the profile's rollback anchor for `seq` through the host; false when
   * there is no host or it failed. A failure is not an error of the write it
   * follows: that write is committed, and an anchor left behind (lower) never
   * raises an alarm — it only weakens the check until the next write succeeds.
   */
  async saveAnchor(id: string, dek: Uint8Array, seq: number): Promise<boolean> {
    if (!this.fileKeys) return false;
    const key = dek.slice(); // the caller's DEK may be wiped (lock) while this awaits
    try {
      await this.fileKeys.putAnchor(id, await makeAnchor(key, id, seq));
      return true;
    } catch {
      return false;
    } finally {
      wipe(key);
    }
  }

  /**
   * A profile made before the key files (no `fileKey`) gets one on its first
   * unlock by passphrase on a host that has them: the DEK is re-wrapped under the
   * passphrase and the new file key; the old recovery wrap (made without the file
   * key) is dropped in the same update, because it would still open the DEK from
   * LevelDB's leftovers after a forget — the lock screen then asks for a new
   * recovery code (`needsRecoveryCode`, `keyFileAdded`). Records are untouched.
   * A key file left by an adoption that did not finish is used again. If the host
   * cannot make the file, the profile opens as before and it is tried next time.
   */
  async adoptKeyFile(row: ProfileRow, dek: Uint8Array, passphrase: string): Promise<ProfileRow> {
    if (row.fileKey || !this.fileKeys) return row;
    let fk: Uint8Array;
    try {
      fk =
        (await this.fileKeys.get(row.id)) ??
        (await this.fileKeys.create(row.id, await this.#verifier(dek, row.id)));
    } catch {
      return row;
    }
    try {
      const pass = await wrapDek(dek, passphrase, dekAad(row.id), this.kdf, this.random, fk);
      const changes = {
        kdf: pass.kdf,
        wrappedDek: pass.wrapped,
        fileKey: true as const,
        recovery: undefined,
      };
      await guard(() => this.db.profiles.update(row.id, changes));
      const { recovery: _dropped, ...rest } = row;
      return { ...rest, kdf: pass.kdf, wrappedDek: pass.wrapped, fileKey: true };
    } finally {
      wipe(fk);
    }
  }

  async profiles(): Promise<ProfileSummary[]> {
    const rows = await guard(() => this.db.profiles.toArray());
    await this.#sweepBuckets(new Set(rows.map((r) => r.id)));
    return rows
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
      .map(({ id, label }) => ({ id, label }));
  }

  async #findByLabel(label: string): Promise<ProfileRow | undefined> {
    const want = normaliseLabel(label);
    const rows = await guard(() => this.db.profiles.toArray());
    return rows.find((r) => normaliseLabel(r.label) === want);
  }

  /** Creates a profile; the recovery code is returned once and never stored in clear. */
  async create(
    label: string,
    passphrase: string,
  ): Promise<{ profile: UnlockedProfile; recoveryCode: string }> {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      throw new VaultError('weak-passphrase', `at least ${MIN_PASSPHRASE_LENGTH} characters`);
    const shown = normaliseLabel(label) || 'プロフィール';
    // In shared-terminal mode a used label is not refused: "already used" would tell anyone at
    // the centre that this family has a profile here (issue 19 item 5). Unlocking by label then
    // tries each profile of that label. Where the lock screen lists the labels anyway, a second
    // one would only confuse.
    if ((await this.settings()).shared === null && (await this.#findByLabel(shown)))
      throw new VaultError('label-taken', 'label already used');
    const id = randomId(this.random);
    const dek = this.random(32);
    const recoveryCode = generateRecoveryCode(this.random);
    let fileKey: Uint8Array | undefined;
    try {
      fileKey = this.fileKeys ? await this.fileKeys.create(id, await this.#verifier(dek, id)) : undefined;
    } catch (e) {
      throw storageError(e);
    }
    await this.openHostSession(id, dek);
    const pass = await wrapDek(dek, passphrase, dekAad(id), this.kdf, this.random, fileKey);
    const recovery = await wrapDek(
      dek,
      canonicalCode(recoveryCode),
      recoveryDekAad(id),
      this.recoveryKdf,
      this.random,
      fileKey,
    );
    const withFileKey = fileKey !== undefined;
    wipe(fileKey);
    const manifest = emptyManifest();
    // the anchor first: a profile row that says it has one always had one
    const anchored = await this.saveAnchor(id, dek, manifest.seq);
    const sealedManifest = sealManifest(dek, id, manifest, this.random);
    // Its own bucket where the browser has them; one that will not open (an embedder without the
    // API behind it) leaves the profile in the shared database, as before, rather than refusing it.
    let rdb: RecordsDb = this.db;
    this.#creating.add(id); // its bucket exists a moment before its row: not swept meanwhile
    try {
      if (this.buckets) rdb = await this.recordsDb({ id, bucket: true }).catch(() => this.db);
      const bucket = rdb !== this.db;
      // The row next, then the bucket's manifest. A bucket without a row (this create failing at the
      // row, or a forget that stopped half-way) is deleted when the profiles are listed.
      await guard(() =>
        this.db.transaction('rw', this.db.profiles, this.db.manifests, async () => {
          await this.db.profiles.add({
            id,
            label: shown,
            kdf: pass.kdf,
            wrappedDek: pass.wrapped,
            recovery,
            format: 2,
            ...(withFileKey ? { fileKey: true as const } : {}),
            ...(anchored ? { anchor: true as const } : {}),
            ...(bucket ? { bucket: true as const } : {}),
            createdAt: new Date(this.now()).toISOString(),
          });
          if (!bucket) await this.db.manifests.put({ profileId: id, sealed: sealedManifest });
        }),
      );
      if (bucket) {
        try {
          await guard(() => rdb.manifests.put({ profileId: id, sealed: sealedManifest }));
        } catch (e) {
          wipe(dek);
          await this.forget(id).catch(() => undefined);
          throw storageError(e);
        }
      }
    } finally {
      this.#creating.delete(id);
    }
    const profile = new UnlockedProfile(this, id, shown, dek, manifest, new Map(), [], rdb);
    return { profile, recoveryCode };
  }

  /** Milliseconds to wait before the next try on this profile (0: may try now). */
  async waitMs(id: string): Promise<number> {
    const a = (await guard(() => this.db.meta.get(`attempts:${id}`)))?.value as Attempts | undefined;
    if (!a) return 0;
    // never more than the delay itself: a clock put back (by hand, or by a bad RTC) must not stretch
    // the documented 15-minute cap (issue 19 item 6: 1,121 s seen)
    const delay = throttleDelayMs(a.failures);
    return Math.min(delay, Math.max(0, a.lastFailureAt + delay - this.now()));
  }

  async #failed(id: string): Promise<void> {
    await guard(() =>
      this.db.transaction('rw', this.db.meta, async () => {
        const a = (await this.db.meta.get(`attempts:${id}`))?.value as Attempts | undefined;
        await this.db.meta.put({
          key: `attempts:${id}`,
          value: { failures: (a?.failures ?? 0) + 1, lastFailureAt: this.now() } satisfies Attempts,
        });
      }),
    );
  }

  /** One try at a time (a second click cannot race the counter), throttled before the KDF runs. */
  #attempt<T>(counter: string, tryIt: () => Promise<T | null>, wrong: () => VaultError): Promise<T> {
    const run = async (): Promise<T> => {
      const wait = await this.waitMs(counter);
      if (wait > 0) throw new VaultError('throttled', 'wait before trying again', wait);
      const result = await tryIt();
      if (result === null) {
        await this.#failed(counter);
        const next = await this.waitMs(counter);
        const e = wrong();
        throw next > 0 ? new VaultError(e.code, e.message, next) : e;
      }
      await guard(() => this.db.meta.delete(`attempts:${counter}`));
      return result;
    };
    const p = this.#attempting.then(run, run);
    this.#attempting = p.catch(() => undefined);
    return p;
  }

  async #openAdopted(row: ProfileRow, dek: Uint8Array, passphrase: string): Promise<UnlockedProfile> {
    let adopted: ProfileRow;
    try {
      adopted = await this.adoptKeyFile(row, dek, passphrase);
    } catch (e) {
      wipe(dek);
      throw e;
    }
    const p = await UnlockedProfile.open(this, adopted, dek);
    if (adopted !== row) p.keyFileAdded = true;
    return p;
  }

  async #row(id: string): Promise<ProfileRow> {
    const row = await guard(() => this.db.profiles.get(id));
    if (!row) throw new VaultError('no-profile', 'no such profile');
    return row;
  }

  async unlock(id: string, passphrase: string): Promise<UnlockedProfile> {
    const row = await this.#row(id);
    const dek = await this.#attempt(
      id,
      () =>
        this.#withFileKey(row, (fk) =>
          unwrapOrNull(passphrase, { kdf: row.kdf, wrapped: row.wrappedDek }, dekAad(id), fk),
        ),
      () => new VaultError('wrong-passphrase', 'the passphrase does not open this profile'),
    );
    return this.#openAdopted(row, dek, passphrase);
  }

  /**
   * Re-authentication before what takes the family's data out or destroys it
   * (issue 19 item 3: a backup, a household-file export, a new recovery code,
   * deleting the profile): the current passphrase, counted and throttled like an
   * unlock; nothing is opened, the data key found is wiped at once.
   */
  async verifyPassphrase(id: string, passphrase: string): Promise<void> {
    const row = await this.#row(id);
    const dek = await this.#attempt(
      id,
      () =>
        this.#withFileKey(row, (fk) =>
          unwrapOrNull(passphrase, { kdf: row.kdf, wrapped: row.wrappedDek }, dekAad(id), fk),
        ),
      () => new VaultError('wrong-passphrase', 'the passphrase does not open this profile'),
    );
    wipe(dek);
  }

  /** Every profile with this label (in shared-terminal mode a label may be used twice). */
  async #findAllByLabel(label: string): Promise<ProfileRow[]> {
    const want = normaliseLabel(label);
    return (await guard(() => this.db.profiles.toArray())).filter((r) => normaliseLabel(r.label) === want);
  }

  /**
   * The wrong-try counter of a typed label (issue 19 item 5): one per label, the
   * same for a label that exists and one that does not, so the wait after wrong
   * tries tells nothing; kept under a hash, so no typed label is stored in clear.
   */
  async #labelCounter(label: string): Promise<string> {
    const digest = new Uint8Array(
      await crypto.subtle.digest('SHA-256', utf8ToBytes(`nonstop-label/1:${normaliseLabel(label)}`)),
    );
    return `label:${[...digest].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
  }

  /**
   * Shared-terminal mode: the lock screen lists nothing; the family types its label.
   * A label that exists and one that does not get the same answer, the same work
   * (one key derivation per profile of that label, one when there is none) and
   * the same counting (`#labelCounter`).
   */
  async unlockByLabel(label: string, passphrase: string): Promise<UnlockedProfile> {
    const rows = await this.#findAllByLabel(label);
    const found = await this.#attempt(
      await this.#labelCounter(label),
      async () => {
        if (rows.length === 0) {
          await unwrapOrNull(
            passphrase,
            { kdf: { ...this.kdf, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' }, wrapped: new Uint8Array(45) },
            '',
          );
          return null;
        }
        for (const row of rows) {
          const dek = await this.#withFileKey(row, (fk) =>
            unwrapOrNull(passphrase, { kdf: row.kdf, wrapped: row.wrappedDek }, dekAad(row.id), fk),
          );
          if (dek) return { row, dek };
        }
        return null;
      },
      () => new VaultError('wrong-passphrase', 'label or passphrase wrong'),
    );
    return this.#openAdopted(found.row, found.dek, passphrase);
  }

  /** Unlock with the recovery code; the caller then asks for a new passphrase (`mustSetPassphrase`). */
  async unlockWithRecoveryCode(id: string, code: string, byLabel?: string): Promise<UnlockedProfile> {
    const parsed = parseRecoveryCode(code);
    if (!parsed.ok) throw new VaultError('malformed-recovery-code', parsed.problem);
    const rows = byLabel !== undefined ? await this.#findAllByLabel(byLabel) : [await this.#row(id)];
    const counter = byLabel !== undefined ? await this.#labelCounter(byLabel) : id;
    const found = await this.#attempt(
      counter,
      async () => {
        const withCode = rows.filter((r) => r.recovery);
        if (withCode.length === 0) {
          // the same work as a real try: an unknown label must not answer faster
          await unwrapOrNull(
            parsed.code,
            { kdf: { ...this.recoveryKdf, salt: 'AAAAAAAAAAAAAAAAAAAAAA==' }, wrapped: new Uint8Array(45) },
            '',
          );
          return null;
        }
        for (const row of withCode) {
          const recovery = row.recovery as WrappedKey;
          const dek = await this.#withFileKey(row, (fk) =>
            unwrapOrNull(parsed.code, recovery, recoveryDekAad(row.id), fk),
          );
          if (dek) return { row, dek };
        }
        return null;
      },
      () => new VaultError('wrong-recovery-code', 'the recovery code does not open this profile'),
    );
    const profile = await UnlockedProfile.open(this, found.row, found.dek);
    profile.mustSetPassphrase = true;
    return profile;
  }

  /**
   * Forgets a profile. First its key file outside the browser's storage is
   * shredded (zeros, unlink): LevelDB keeps deleted rows in its files until it
   * compacts, and without the file key even the passphrase no longer opens the
   * wrapped keys it may still hold. Then, in one transaction, the wrapped keys
   * (the profile row) first, its records, manifest and counters.
   */
  async forget(id: string): Promise<void> {
    const row = await guard(() => this.db.profiles.get(id));
    if (row?.fileKey && this.fileKeys) {
      try {
        await this.fileKeys.delete(id);
      } catch (e) {
        throw storageError(e);
      }
    }
    await guard(() =>
      this.db.transaction(
        'rw',
        [this.db.profiles, this.db.records, this.db.manifests, this.db.meta],
        async () => {
          await this.db.profiles.delete(id);
          await this.db.records.where('profileId').equals(id).delete();
          await this.db.manifests.delete(id);
          await this.db.meta.delete(`attempts:${id}`);
        },
      ),
    );
    // Then the profile's own bucket, files and all. Should this fail, the bucket has no row any
    // more and `profiles` deletes it next time; its rows are undecryptable already (key file gone).
    if (row?.bucket) await this.#deleteBucket(id).catch(() => undefined);
  }

  /** Buckets of profiles that are gone (a forget that stopped before deleting its bucket). */
  async #sweepBuckets(ids: Set<string>): Promise<void> {
    if (!this.buckets) return;
    try {
      for (const name of await this.buckets.keys()) {
        const m = /^profile-([0-9a-f]{32})$/.exec(name);
        if (m && !ids.has(m[1]!) && !this.#creating.has(m[1]!)) await this.#deleteBucket(m[1]!);
      }
    } catch {
      // tried again next time
    }
  }

  /** Imports a backup into a new profile; nothing is written unless the whole file verified. */
  async importBackup(
    text: string,
    secret: string,
    label: string | null,
    passphrase: string,
  ): Promise<{ profile: UnlockedProfile; recoveryCode: string }> {
    if (passphrase.length < MIN_PASSPHRASE_LENGTH)
      throw new VaultError('weak-passphrase', `at least ${MIN_PASSPHRASE_LENGTH} characters`);
    const contents = await readBackup(text, backupSecret(secret));
    const { profile, recoveryCode } = await this.create(label?.trim() || contents.label, passphrase);
    try {
      await profile.putAll(Object.fromEntries(contents.entries.map((e) => [e.name, e.value])));
    } catch (e) {
      profile.lock();
      await this.forget(profile.id);
      throw e;
    }
    return { profile, recoveryCode };
  }

  // ---- device settings (shared-terminal mode, auto-lock) ----

  async settings(): Promise<DeviceSettings> {
    const v = (await guard(() => this.db.meta.get('settings')))?.value as DeviceSettings | undefined;
    return { autoLockMinutes: v?.autoLockMinutes ?? null, shared: v?.shared ?? null };
  }

  async #saveSettings(s: DeviceSettings): Promise<void> {
    await guard(() => this.db.meta.put({ key: 'settings', value: s }));
  }

  async #staffOk(s: DeviceSettings, staffPassphrase: string): Promise<void> {
    if (!s.shared) return;
    const shared = s.shared;
    const key = await this.#attempt(
      'staff',
      () => unwrapOrNull(staffPassphrase, shared.verifier, STAFF_AAD),
      () => new VaultError('wrong-staff-passphrase', 'staff passphrase wrong'),
    );
    wipe(key);
  }

  async enableSharedMode(staffPassphrase: string): Promise<void> {
    if (staffPassphrase.length < MIN_PASSPHRASE_LENGTH)
      throw new VaultError('weak-passphrase', `at least ${MIN_PASSPHRASE_LENGTH} characters`);
    const s = await this.settings();
    if (s.shared) return;
    const token = this.random(32);
    const verifier = await wrapDek(token, staffPassphrase, STAFF_AAD, this.kdf, this.random);
    wipe(token);
    await this.#saveSettings({ ...s, shared: { verifier } });
  }

  async disableSharedMode(staffPassphrase: string): Promise<void> {
    const s = await this.settings();
    await this.#staffOk(s, staffPassphrase);
    await this.#saveSettings({ ...s, shared: null });
  }

  /** In shared mode the staff passphrase is needed to change the idle time. */
  async setAutoLockMinutes(minutes: number | null, staffPassphrase = ''): Promise<void> {
    if (minutes !== null && !(Number.isInteger(minutes) && minutes >= 1 && minutes <= 60))
      throw new RangeError('auto-lock minutes out of range');
    const s = await this.settings();
    await this.#staffOk(s, staffPassphrase);
    await this.#saveSettings({ ...s, autoLockMinutes: minutes });
  }
}

async function unwrapOrNull(
  secret: string,
  key: WrappedKey,
  aad: string,
  fileKey?: Uint8Array,
): Promise<Uint8Array | null> {
  try {
    return await unwrapDek(secret, key, aad, fileKey);
  } catch (e) {
    if (e instanceof VaultCryptoError && e.code === 'wrong-passphrase') return null;
    throw e;
  }
}

/** A recovery code is used in its canonical form (typed with or without dashes, any case). */
function backupSecret(secret: string): string {
  const p = parseRecoveryCode(secret);
  return p.ok ? p.code : secret;
}

function canonicalCode(code: string): string {
  const p = parseRecoveryCode(code);
  if (!p.ok) throw new Error('generated recovery code does not parse');
  return p.code;
}

function sealManifest(dek: Uint8Array, id: string, m: Manifest, random: RandomBytes): Uint8Array {
  return seal(dek, encodePayload(m), manifestAad(id), random);
}

function openRow(dek: Uint8Array, profileId: string, row: RecordRow, otherIds: string[]): OpenedRow {
  try {
    const p = decodePayload(open(dek, row.sealed, recordAad(profileId, row.key)));
    return { id: row.key, payload: isRecordPayload(p) ? p : 'damaged' };
  } catch {
    // Does it open as another row? Then it was moved (swapped), not damaged.
    for (const other of otherIds) {
      if (other === row.key) continue;
      try {
        open(dek, row.sealed, recordAad(profileId, other));
        return { id: row.key, payload: { swappedFrom: other } };
      } catch {
        // not this one
      }
    }
    return { id: row.key, payload: 'damaged' };
  }
}

/**
 * Reads and opens every row of a profile, and its sealed manifest, on unlock.
 *
 * Measured (npm run bench -- vault, 1,000 records): one `getAll` of every row
 * and then 1,000 decryptions took ≈ 1.7× the plain Dexie read; the time went to
 * the read (≈ 26 ms, in the browser process), the WebCrypto calls (≈ 16 ms, on
 * Chromium's crypto thread) and JSON (≈ 6 ms), one after the other. So the rows
 * are read in 16 ranges of the random id's first hex digit, all requested at
 * once in one read transaction: each range's rows are handed to WebCrypto as
 * soon as they arrive, while IndexedDB still reads the next ranges, and the
 * JSON of each record is parsed as its decryption finishes. The ranges cover
 * the whole key space of the profile (the first from the lowest key, the last
 * to the highest), so a row with any other key is still read and reported.
 * Nothing of the checks changed: every row is authenticated (AES-GCM with the
 * profile and row id as associated data), the manifest too, and
 * `checkIntegrity` compares them.
 *
 * WebCrypto's AES-GCM has the same format as core's `open` ([1][12-byte
 * nonce][ciphertext ‖ tag], the same associated data); core's pure-JS `open`
 * is used where there is no WebCrypto and for a row that did not open, which
 * also tells a swapped row from a damaged one. The CryptoKey is non-extractable
 * and dropped after the unlock; the copy of the DEK handed to `importKey` is wiped.
 */
const ID_RANGES = '0123456789abcdef';
const textDecoder = new TextDecoder('utf-8', { fatal: true });
const textEncoder = new TextEncoder();

/** [u32 length][JSON][padding] from WebCrypto's output, as `decodePayload`. */
function decodeBuffer(b: ArrayBuffer): unknown {
  if (b.byteLength < 4) throw new Error('payload too short');
  const n = new DataView(b).getUint32(0);
  if (n > b.byteLength - 4) throw new Error('payload length out of range');
  return JSON.parse(textDecoder.decode(new Uint8Array(b, 4, n)));
}

async function importDek(dek: Uint8Array): Promise<CryptoKey | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const raw = dek.slice();
  try {
    return await subtle.importKey('raw', raw, 'AES-GCM', false, ['decrypt']);
  } finally {
    wipe(raw);
  }
}

/** Opens one sealed blob with WebCrypto; null when it does not open (or is not shaped as a seal). */
async function subtleOpen(key: CryptoKey, sealed: unknown, aad: string): Promise<{ value: unknown } | null> {
  if (!(sealed instanceof Uint8Array) || sealed[0] !== 1 || sealed.length < 29) return null;
  // rows read from IndexedDB are views of their own ArrayBuffer (never shared memory)
  const bytes = sealed as Uint8Array<ArrayBuffer>;
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: bytes.subarray(1, 13), additionalData: textEncoder.encode(aad) },
      key,
      bytes.subarray(13),
    );
    return { value: decodeBuffer(plain) };
  } catch {
    return null;
  }
}

async function readProfileRows(
  db: RecordsDb,
  dek: Uint8Array,
  profileId: string,
): Promise<{ manifest: Manifest | null; opened: OpenedRow[] }> {
  const key = await importDek(dek);
  const pending: Promise<OpenedRow | RecordRow>[] = [];
  const fast = (r: RecordRow): Promise<OpenedRow | RecordRow> =>
    key
      ? subtleOpen(key, r.sealed, recordAad(profileId, r.key)).then((x) =>
          x === null
            ? r // the slow path below, once the manifest's ids are known
            : { id: r.key, payload: isRecordPayload(x.value) ? x.value : 'damaged' },
        )
      : Promise.resolve(r);
  let mrow: ManifestRow | undefined;
  await guard(() =>
    db.transaction('r', db.manifests, db.records, () => {
      const reads: Promise<unknown>[] = [db.manifests.get(profileId).then((m) => (mrow = m))];
      for (let i = 0; i < ID_RANGES.length; i++) {
        const lo = i === 0 ? Dexie.minKey : ID_RANGES[i]!;
        const hi = i === ID_RANGES.length - 1 ? Dexie.maxKey : ID_RANGES[i + 1]!;
        reads.push(
          db.records
            .where('[profileId+key]')
            .between([profileId, lo], [profileId, hi], true, false)
            .toArray()
            .then((rows) => {
              for (const r of rows) pending.push(fast(r));
            }),
        );
      }
      return Promise.all(reads);
    }),
  );
  let manifest: Manifest | null = null;
  if (mrow) {
    try {
      const x = key ? await subtleOpen(key, mrow.sealed, manifestAad(profileId)) : null;
      const m = x ? x.value : decodePayload(open(dek, mrow.sealed, manifestAad(profileId)));
      if (isManifest(m)) manifest = m;
    } catch {
      manifest = null;
    }
  }
  const ids = manifest ? Object.values(manifest.records).map((e) => e.id) : [];
  const opened = (await Promise.all(pending)).map((r) =>
    'sealed' in r ? openRow(dek, profileId, r, ids) : r,
  );
  return { manifest, opened };
}

const copy = <T>(v: T): T => (v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T));

/** An unlocked profile holds the data key and the opened values in memory until `lock()`. */
export class UnlockedProfile implements ProfileStore {
  #dek: Uint8Array | null;
  #manifest: Manifest;
  #values: Map<string, unknown>;
  #writing: Promise<unknown> = Promise.resolve();
  readonly guest = false;
  /** After a recovery-code unlock: the UI asks for a new passphrase before anything else. */
  mustSetPassphrase = false;
  /** A profile migrated from format 1 has no recovery code yet. */
  needsRecoveryCode = false;
  /** The profile just got its key file (adoptKeyFile): its old recovery code no longer works. */
  keyFileAdded = false;

  constructor(
    private readonly vault: Vault,
    readonly id: string,
    readonly label: string,
    dek: Uint8Array,
    manifest: Manifest,
    values: Map<string, unknown>,
    /** What the unlock found wrong (damaged, rolled back, missing, swapped, unexpected records). */
    readonly problems: IntegrityProblem[],
    /** where its records and manifest are (its storage bucket, or the shared database) */
    private readonly rdb: RecordsDb = vault.db,
  ) {
    this.#dek = dek;
    this.#manifest = manifest;
    this.#values = values;
  }

  static async open(vault: Vault, row: ProfileRow, dek: Uint8Array): Promise<UnlockedProfile> {
    try {
      if (row.format !== 2) {
        const migrated = await migrateFormat1(vault, row, dek);
        await migrated.checkAnchor(row, false);
        return migrated;
      }
      const rdb = await vault.recordsDb(row);
      const { manifest, opened } = await readProfileRows(rdb, dek, row.id);
      const checked = checkIntegrity(manifest, opened);
      const values = new Map([...checked.records].map(([name, r]) => [name, r.value]));
      const p = new UnlockedProfile(
        vault,
        row.id,
        row.label,
        dek,
        checked.manifest,
        values,
        checked.problems,
        rdb,
      );
      p.needsRecoveryCode = !row.recovery;
      await p.checkAnchor(row, manifest === null);
      return p;
    } catch (e) {
      wipe(dek);
      throw e;
    }
  }

  /**
   * Compares the manifest's write sequence number with the rollback anchor kept
   * outside the browser's storage (core/vault/anchor.ts), and reports:
   * - `store-rolled-back` when the anchor is ahead: the whole store was put back
   *   to an older copy. Nothing is deleted or overwritten; the anchor is kept as
   *   it is (so the report comes again until something is saved) and the next
   *   write is numbered after it, which moves the anchor on.
   * - `anchor-invalid` when it does not verify (edited, another profile's), and
   *   `anchor-missing` when a profile that had one has none: both made again.
   * A profile with no anchor yet (made before anchors, or on a first run after
   * the upgrade) simply gets one: there is nothing to compare with, and the
   * profile row remembers it from now on, so a later deletion of the file is
   * reported. The one case left undetected: a copy of the store from before the
   * upgrade restored together with the anchor file deleted. With the manifest
   * itself damaged (rebuilt from the records) there is no sequence to compare;
   * that damage is reported already.
   */
  async checkAnchor(row: ProfileRow, manifestDamaged: boolean): Promise<void> {
    const fileKeys = this.vault.fileKeys;
    if (!fileKeys || !this.#dek) return;
    const dek = this.#dek.slice(); // a lock while this awaits must not leave a tag made under zeros
    try {
      await this.vault.openHostSession(this.id, dek);
      await this.#compareAnchor(fileKeys, row, dek, manifestDamaged);
    } finally {
      wipe(dek);
    }
  }

  async #compareAnchor(
    fileKeys: FileKeys,
    row: ProfileRow,
    dek: Uint8Array,
    manifestDamaged: boolean,
  ): Promise<void> {
    let text: string | null;
    try {
      text = await fileKeys.getAnchor(this.id);
    } catch {
      return; // the host cannot answer: no check this time, nothing reported as broken
    }
    const seq = this.#manifest.seq;
    if (text === null) {
      if (row.anchor) this.problems.push({ kind: 'anchor-missing' });
    } else {
      const anchored = await readAnchor(dek, this.id, text);
      if (anchored === null) this.problems.push({ kind: 'anchor-invalid' });
      else if (anchored > seq) {
        if (!manifestDamaged) this.problems.push({ kind: 'store-rolled-back' });
        this.#manifest.seq = anchored;
        return;
      } else if (anchored === seq && row.anchor) return;
    }
    if ((await this.vault.saveAnchor(this.id, dek, seq)) && !row.anchor)
      await guard(() => this.vault.db.profiles.update(this.id, { anchor: true }));
  }

  private key(): Uint8Array {
    if (!this.#dek) throw new VaultError('locked', 'the profile is locked');
    return this.#dek;
  }

  get locked(): boolean {
    return this.#dek === null;
  }

  async get<T>(name: string): Promise<T | undefined> {
    this.key();
    return copy(this.#values.get(name) as T | undefined);
  }

  async keys(prefix: string): Promise<string[]> {
    this.key();
    return [...this.#values.keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  /** Names the manifest lists whose value could not be used (damaged, rolled back, …). */
  unreadable(): string[] {
    return Object.keys(this.#manifest.records).filter((n) => !this.#values.has(n));
  }

  #queue<T>(f: () => Promise<T>): Promise<T> {
    const p = this.#writing.then(f, f);
    this.#writing = p.catch(() => undefined);
    return p;
  }

  /** Writes all entries and the manifest in one transaction: everything is saved, or nothing. */
  putAll(entries: Record<string, unknown>): Promise<void> {
    return this.#write(entries, []);
  }

  deleteAll(names: string[]): Promise<void> {
    return this.#write({}, names);
  }

  #write(entries: Record<string, unknown>, deletions: string[], replaceAll = false): Promise<void> {
    return this.#queue(async () => {
      const dek = this.key();
      const db = this.rdb;
      const next: Manifest = copy(this.#manifest);
      next.seq += 1;
      const removed: string[] = [];
      const names = replaceAll ? Object.keys(next.records) : deletions;
      for (const name of names) {
        const e = next.records[name];
        if (e && !(replaceAll && name in entries)) {
          removed.push(e.id);
          delete next.records[name];
        }
      }
      const rows: RecordRow[] = [];
      const values = new Map<string, unknown>();
      for (const [name, value] of Object.entries(entries)) {
        if (name === '') throw new TypeError('a record needs a name');
        const prev = next.records[name];
        const id = prev?.id ?? randomId(this.vault.random);
        const version = (prev?.version ?? 0) + 1;
        const plain = copy(value);
        values.set(name, plain);
        next.records[name] = { id, version };
        rows.push({
          profileId: this.id,
          key: id,
          sealed: seal(
            dek,
            encodePayload({ name, version, value: plain }),
            recordAad(this.id, id),
            this.vault.random,
          ),
        });
      }
      const manifestSealed = sealManifest(dek, this.id, next, this.vault.random);
      const anchorKey = dek.slice(); // `dek` is zeroed if the profile locks while the write awaits
      try {
        await guard(() =>
          db.transaction('rw', db.records, db.manifests, async () => {
            if (removed.length)
              await db.records.bulkDelete(removed.map((k) => [this.id, k] as [string, string]));
            await db.records.bulkPut(rows);
            await db.manifests.put({ profileId: this.id, sealed: manifestSealed });
          }),
        );
        // after the commit, never before: the anchor may lag behind the store, never run ahead of it
        await this.vault.saveAnchor(this.id, anchorKey, next.seq);
      } finally {
        wipe(anchorKey);
      }
      if (!this.#dek) return; // locked meanwhile: the write is saved, nothing is kept in memory
      this.#manifest = next;
      if (replaceAll) this.#values.clear();
      for (const name of deletions) this.#values.delete(name);
      for (const [n, v] of values) this.#values.set(n, v);
    });
  }

  async #withRow<T>(f: (fileKey: Uint8Array | undefined) => Promise<T>): Promise<T> {
    const row = await guard(() => this.vault.db.profiles.get(this.id));
    if (!row) throw new VaultError('no-profile', 'the profile is gone');
    const fk = await this.vault.fileKeyOf(row);
    try {
      return await f(fk);
    } finally {
      wipe(fk);
    }
  }

  /** Changes the passphrase: re-wraps the DEK only; records are untouched. */
  async changePassphrase(newPassphrase: string): Promise<void> {
    if (newPassphrase.length < MIN_PASSPHRASE_LENGTH)
      throw new VaultError('weak-passphrase', `at least ${MIN_PASSPHRASE_LENGTH} characters`);
    const row = await guard(() => this.vault.db.profiles.get(this.id));
    if (row && !row.fileKey && this.vault.fileKeys) {
      // a profile from before the key files, opened by its recovery code: it gets one now
      const adopted = await this.vault.adoptKeyFile(row, this.key(), newPassphrase);
      if (adopted !== row) {
        this.keyFileAdded = true;
        this.needsRecoveryCode = true;
        this.mustSetPassphrase = false;
        return;
      }
    }
    const w = await this.#withRow((fk) =>
      wrapDek(this.key(), newPassphrase, dekAad(this.id), this.vault.kdf, this.vault.random, fk),
    );
    await guard(() => this.vault.db.profiles.update(this.id, { kdf: w.kdf, wrappedDek: w.wrapped }));
    this.mustSetPassphrase = false;
  }

  /** A new recovery code; the old one's wrapped key is overwritten, so it stops working. */
  async regenerateRecoveryCode(): Promise<string> {
    const code = generateRecoveryCode(this.vault.random);
    const recovery = await this.#withRow((fk) =>
      wrapDek(
        this.key(),
        canonicalCode(code),
        recoveryDekAad(this.id),
        this.vault.recoveryKdf,
        this.vault.random,
        fk,
      ),
    );
    await guard(() => this.vault.db.profiles.update(this.id, { recovery }));
    this.needsRecoveryCode = false;
    return code;
  }

  /** Checks that `code` is this profile's current recovery code. */
  async isRecoveryCode(code: string): Promise<boolean> {
    const parsed = parseRecoveryCode(code);
    const row = await guard(() => this.vault.db.profiles.get(this.id));
    if (!parsed.ok || !row?.recovery) return false;
    const recovery = row.recovery;
    const dek = await this.#withRow((fk) => unwrapOrNull(parsed.code, recovery, recoveryDekAad(this.id), fk));
    wipe(dek);
    return dek !== null;
  }

  entries(): BackupEntry[] {
    this.key();
    return [...this.#values].map(([name, value]) => ({ name, value: copy(value) }));
  }

  async exportBackup(secret: string, keySource: BackupKeySource): Promise<string> {
    if (keySource === 'recovery-code' && !(await this.isRecoveryCode(secret)))
      throw new VaultError('wrong-recovery-code', 'not this profile’s recovery code');
    if (keySource === 'passphrase' && secret.length < MIN_PASSPHRASE_LENGTH)
      throw new VaultError('weak-passphrase', `at least ${MIN_PASSPHRASE_LENGTH} characters`);
    return createBackup({
      label: this.label,
      entries: this.entries(),
      secret: backupSecret(secret),
      keySource,
      random: this.vault.random,
      now: new Date(this.vault.now()),
      kdf: keySource === 'recovery-code' ? this.vault.recoveryKdf : this.vault.kdf,
    });
  }

  /** Replaces this profile's records with a backup's (verified whole first), in one transaction. */
  async restoreFromBackup(text: string, secret: string): Promise<void> {
    const contents = await readBackup(text, backupSecret(secret));
    await this.#write(Object.fromEntries(contents.entries.map((e) => [e.name, e.value])), [], true);
    this.problems.length = 0;
  }

  lock(): void {
    wipe(this.#dek);
    this.#dek = null;
    this.#values.clear();
    this.#manifest = emptyManifest();
  }
}

/**
 * Format 1 (before issue 11): rows keyed by name, no manifest, no recovery key.
 * Re-sealed under random ids with a manifest in one transaction; rows that do
 * not open are left where they are (never delete what cannot be read) and reported.
 * Self-contained on purpose (conventions: a migration copies what it needs).
 */
async function migrateFormat1(vault: Vault, row: ProfileRow, dek: Uint8Array): Promise<UnlockedProfile> {
  const db = vault.db;
  const old = await guard(() => db.records.where('profileId').equals(row.id).toArray());
  const manifest = emptyManifest();
  manifest.seq = 1;
  const values = new Map<string, unknown>();
  const problems: IntegrityProblem[] = [];
  const fresh: RecordRow[] = [];
  const migrated: [string, string][] = [];
  for (const r of old) {
    let value: unknown;
    try {
      value = JSON.parse(bytesToUtf8(open(dek, r.sealed, legacyRecordAad('records', `${row.id}/${r.key}`))));
    } catch {
      problems.push({ kind: 'damaged', name: r.key, id: r.key });
      continue;
    }
    const id = randomId(vault.random);
    manifest.records[r.key] = { id, version: 1 };
    values.set(r.key, value);
    migrated.push([row.id, r.key]);
    fresh.push({
      profileId: row.id,
      key: id,
      sealed: seal(
        dek,
        encodePayload({ name: r.key, version: 1, value }),
        recordAad(row.id, id),
        vault.random,
      ),
    });
  }
  const sealedManifest = sealManifest(dek, row.id, manifest, vault.random);
  await guard(() =>
    db.transaction('rw', db.profiles, db.records, db.manifests, async () => {
      await db.records.bulkDelete(migrated);
      await db.records.bulkPut(fresh);
      await db.manifests.put({ profileId: row.id, sealed: sealedManifest });
      await db.profiles.update(row.id, { format: 2 });
    }),
  );
  const p = new UnlockedProfile(vault, row.id, row.label, dek, manifest, values, problems);
  p.needsRecoveryCode = true;
  return p;
}

/** A guest session: a household kept only in memory — nothing is written to disk. */
export class GuestProfile implements ProfileStore {
  readonly id = 'guest';
  readonly label = 'ゲスト';
  readonly guest = true;
  #values: Map<string, unknown> | null = new Map();

  constructor(private readonly vault: Vault) {}

  #map(): Map<string, unknown> {
    if (!this.#values) throw new VaultError('locked', 'the guest session has ended');
    return this.#values;
  }

  async get<T>(name: string): Promise<T | undefined> {
    return copy(this.#map().get(name) as T | undefined);
  }

  async putAll(entries: Record<string, unknown>): Promise<void> {
    const m = this.#map();
    for (const [k, v] of Object.entries(entries)) m.set(k, copy(v));
  }

  async deleteAll(names: string[]): Promise<void> {
    const m = this.#map();
    for (const n of names) m.delete(n);
  }

  async keys(prefix: string): Promise<string[]> {
    return [...this.#map().keys()].filter((k) => k.startsWith(prefix)).sort();
  }

  /** A guest has no recovery code: the backup is sealed under a passphrase the guest chooses. */
  async exportBackup(secret: string): Promise<string> {
    if (secret.length < MIN_PASSPHRASE_LENGTH)
      throw new VaultError('weak-passphrase', `at least ${MIN_PASSPHRASE_LENGTH} characters`);
    return createBackup({
      label: this.label,
      entries: [...this.#map()].map(([name, value]) => ({ name, value: copy(value) })),
      secret,
      keySource: 'passphrase',
      random: this.vault.random,
      now: new Date(this.vault.now()),
      kdf: this.vault.kdf,
    });
  }

  lock(): void {
    this.#values?.clear();
    this.#values = null;
  }
}

/** Whether the lock screen must stay after an unlock (a new passphrase, a recovery code to note, damage to report). */
export function needsAttention(p: ProfileStore): boolean {
  return (
    p instanceof UnlockedProfile && (p.problems.length > 0 || p.mustSetPassphrase || p.needsRecoveryCode)
  );
}
