/**
 * One small key file per profile, outside the browser's storage (issue 11,
 * crypto-shredding). IndexedDB (Chromium's LevelDB) keeps deleted values in its
 * log and table files until it compacts, which no web API can force — measured:
 * a forgotten profile's wrapped keys and records were all still in the files
 * after the browser closed. So the data key is wrapped under the passphrase's
 * key AND this file's key: deleting the file (zeros written over it first, then
 * unlinked, the folder synced) makes whatever LevelDB still holds undecryptable,
 * even with the passphrase. Plain Node; main.ts puts the folder in userData.
 */
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';

const PROFILE_ID = /^[0-9a-f]{32}$/;
const KEY_BYTES = 32;

export class ShredKeyError extends Error {
  constructor(
    readonly code: 'not-found' | 'exists' | 'invalid',
    message: string,
  ) {
    super(message);
  }
}

function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // some platforms cannot fsync a folder (Windows); the file itself was synced
  }
}

export class ShredKeyStore {
  constructor(private readonly dir: string) {}

  #path(profile: string): string {
    if (!PROFILE_ID.test(profile)) throw new ShredKeyError('invalid', 'not a profile id');
    return join(this.dir, `${profile}.key`);
  }

  /** A new random key for `profile`, written durably (temp file, fsync, rename) before it is returned. */
  create(profile: string): { key: string } {
    const path = this.#path(profile);
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const key = randomBytes(KEY_BYTES);
    const tmp = `${path}.tmp`;
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, key);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (existsSync(path)) {
      unlinkSync(tmp);
      throw new ShredKeyError('exists', 'profile already has a key');
    }
    renameSync(tmp, path);
    syncDir(this.dir);
    const out = { key: key.toString('base64') };
    key.fill(0);
    return out;
  }

  get(profile: string): { key: string } {
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.#path(profile));
    } catch (e) {
      if (e instanceof ShredKeyError) throw e;
      throw new ShredKeyError('not-found', 'no key for this profile');
    }
    if (bytes.length !== KEY_BYTES) throw new ShredKeyError('not-found', 'key file damaged');
    const out = { key: bytes.toString('base64') };
    bytes.fill(0);
    return out;
  }

  /** Overwrites the key with zeros, syncs, unlinks, syncs the folder. */
  delete(profile: string): { deleted: boolean } {
    const path = this.#path(profile);
    let fd: number;
    try {
      fd = openSync(path, 'r+');
    } catch {
      return { deleted: false };
    }
    try {
      writeSync(fd, Buffer.alloc(KEY_BYTES), 0, KEY_BYTES, 0);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    unlinkSync(path);
    syncDir(this.dir);
    return { deleted: true };
  }
}
