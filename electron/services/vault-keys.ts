/**
 * One small key file per profile, outside the browser's storage (issue 11,
 * crypto-shredding). IndexedDB (Chromium's LevelDB) keeps deleted values in its
 * log and table files until it compacts, which no web API can force — measured:
 * a forgotten profile's wrapped keys and records were all still in the files
 * after the browser closed. So the data key is wrapped under the passphrase's
 * key AND this file's key: deleting the file (zeros written over it first, then
 * unlinked, the folder synced) makes whatever LevelDB still holds undecryptable,
 * even with the passphrase. Plain Node; main.ts puts the folder in userData.
 *
 * Beside each key file, the profile's rollback anchor (`<profile>.anchor`): the
 * last write sequence number of the profile's sealed manifest with a MAC under a
 * key derived from the data key (core/vault/anchor.ts). Restoring the whole
 * IndexedDB (records and manifest together) to an older copy leaves this file
 * ahead of the manifest, and the vault reports it on unlock. Main only stores
 * the text: it holds no key and cannot check it; the renderer does. A forged or
 * edited anchor does not verify; deleting it is reported (the profile row
 * remembers that it had one).
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
import { ANCHOR_PATTERN as ANCHOR_TEXT } from '../../core/vault/anchor';

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

  /** The profile's rollback anchor as stored, or null when there is none. */
  getAnchor(profile: string): { anchor: string | null } {
    const path = `${this.#path(profile).slice(0, -'.key'.length)}.anchor`;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return { anchor: null };
    }
    // an edited file is handed over as it is (cut short): the renderer's check then reports it as altered
    return { anchor: text.slice(0, 200) };
  }

  /** Replaces the anchor durably (temp file, fsync, rename): a crash leaves the old one or the new one. */
  putAnchor(profile: string, anchor: string): { saved: boolean } {
    if (!ANCHOR_TEXT.test(anchor)) throw new ShredKeyError('invalid', 'not an anchor');
    const path = `${this.#path(profile).slice(0, -'.key'.length)}.anchor`;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const tmp = `${path}.tmp`;
    const fd = openSync(tmp, 'w', 0o600);
    try {
      writeSync(fd, anchor);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
    syncDir(this.dir);
    return { saved: true };
  }

  /**
   * The hash of the profile's host capability (`<profile>.cap`, SHA-256 hex),
   * what main checks an unlocked session against (electron/services/host-session.ts);
   * null when none was registered (a profile made before issue 19).
   */
  getVerifier(profile: string): string | null {
    try {
      const text = readFileSync(`${this.#path(profile).slice(0, -'.key'.length)}.cap`, 'utf8');
      return /^[0-9a-f]{64}$/.test(text) ? text : null;
    } catch {
      return null;
    }
  }

  /** Registers the verifier once; an existing one is never replaced (false). */
  putVerifier(profile: string, verifier: string): boolean {
    if (!/^[0-9a-f]{64}$/.test(verifier)) throw new ShredKeyError('invalid', 'not a verifier');
    const path = `${this.#path(profile).slice(0, -'.key'.length)}.cap`;
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    let fd: number;
    try {
      fd = openSync(path, 'wx', 0o600);
    } catch {
      return false;
    }
    try {
      writeSync(fd, verifier);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    syncDir(this.dir);
    return true;
  }

  /** Overwrites the key with zeros, syncs, unlinks, syncs the folder; the anchor and verifier go too. */
  delete(profile: string): { deleted: boolean } {
    const path = this.#path(profile);
    for (const extra of ['.anchor', '.cap'])
      try {
        unlinkSync(`${path.slice(0, -'.key'.length)}${extra}`);
      } catch {
        // none
      }
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
