/**
 * The vault's dangerous primitives, quarantined here (conventions: crypto behind a
 * small interface, ciphertext with a version header).
 *
 * Key hierarchy (README "Security"):
 * - A random 256-bit data key (DEK) seals every record of a profile.
 * - Passphrase → Argon2id → key-encryption key (KEK) wraps the DEK.
 * - Recovery code (145 random bits, core/vault/recovery.ts) → Argon2id (lighter
 *   parameters: the secret itself is high-entropy) → recovery KEK wraps the same DEK.
 *   Changing the passphrase or regenerating the code re-wraps only the DEK.
 * - A profile's key file outside the browser's storage (electron/services/vault-keys.ts)
 *   is mixed into both KEKs (HMAC-SHA-256), so deleting that file shreds the profile
 *   even where LevelDB still holds its deleted rows.
 * - The manifest's write number is anchored outside the browser's storage too,
 *   under an HMAC key derived from the DEK (anchor.ts): whole-store rollback.
 * - Every record is AES-256-GCM with a fresh 96-bit nonce and the profile and
 *   record id bound in as associated data, so a ciphertext moved to another row
 *   or profile does not open.
 * - Every key this module derives or unwraps is returned to a caller who owns it
 *   and must `wipe` it; keys used only inside a function are wiped before it returns.
 *
 * Parameters: Argon2id m=64 MiB, t=3, p=1 (Bitwarden's default memory and
 * passes; p=1 because the wasm build runs one thread — security-notes measured
 * ≈0.26 s here); recovery code m=19 MiB, t=2 (OWASP's minimum, ≈0.06 s). They are
 * stored with each wrapped key so they can be raised later.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import { fromBase64, toBase64 } from '../encoding/bytes';

export type RandomBytes = (length: number) => Uint8Array;

export interface KdfParams {
  name: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  /** base64 */
  salt: string;
}

export type KdfSettings = Omit<KdfParams, 'salt'>;

export const DEFAULT_KDF = { name: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;
/** For the recovery code (145 random bits): brute force is out of reach whatever the cost. */
export const RECOVERY_KDF = {
  name: 'argon2id',
  memoryKiB: 19 * 1024,
  iterations: 2,
  parallelism: 1,
} as const;

const SEAL_VERSION = 1;
const NONCE_BYTES = 12;

export class VaultCryptoError extends Error {
  constructor(
    readonly code: 'wrong-passphrase' | 'corrupt' | 'unsupported-version',
    message: string,
  ) {
    super(message);
  }
}

/** Overwrites key material with zeros (a JS string cannot be wiped; bytes can). */
export function wipe(...keys: (Uint8Array | null | undefined)[]): void {
  for (const k of keys) k?.fill(0);
}

export function newKdfParams(settings: KdfSettings, random: RandomBytes): KdfParams {
  return { ...settings, salt: toBase64(random(16)) };
}

/** Argon2id; `length` 32 for a KEK, 64 for a backup's encryption ‖ MAC keys. */
export async function deriveKek(secret: string, kdf: KdfParams, length = 32): Promise<Uint8Array> {
  if (kdf.name !== 'argon2id') throw new VaultCryptoError('unsupported-version', `unknown KDF ${kdf.name}`);
  // loaded on first use: hash-wasm's Argon2 (WebAssembly inline) stays out of the lock screen's first JavaScript (issue 9)
  const { argon2id } = await import('hash-wasm');
  return argon2id({
    password: secret.normalize('NFC'),
    salt: fromBase64(kdf.salt),
    iterations: kdf.iterations,
    memorySize: kdf.memoryKiB,
    parallelism: kdf.parallelism,
    hashLength: length,
    outputType: 'binary',
  });
}

/** Seal: [version=1][12-byte nonce][ciphertext ‖ 16-byte tag]. */
export function seal(
  key: Uint8Array,
  plaintext: Uint8Array,
  associatedData: string,
  random: RandomBytes,
): Uint8Array {
  const nonce = random(NONCE_BYTES);
  const body = gcm(key, nonce, utf8ToBytes(associatedData)).encrypt(plaintext);
  const out = new Uint8Array(1 + NONCE_BYTES + body.length);
  out[0] = SEAL_VERSION;
  out.set(nonce, 1);
  out.set(body, 1 + NONCE_BYTES);
  return out;
}

export function open(key: Uint8Array, sealed: Uint8Array, associatedData: string): Uint8Array {
  if (!(sealed instanceof Uint8Array) || sealed.length < 1 + NONCE_BYTES + 16)
    throw new VaultCryptoError('corrupt', 'ciphertext too short');
  if (sealed[0] !== SEAL_VERSION)
    throw new VaultCryptoError('unsupported-version', `unknown ciphertext version ${sealed[0]}`);
  try {
    return gcm(key, sealed.subarray(1, 1 + NONCE_BYTES), utf8ToBytes(associatedData)).decrypt(
      sealed.subarray(1 + NONCE_BYTES),
    );
  } catch {
    throw new VaultCryptoError('corrupt', 'ciphertext does not authenticate');
  }
}

/** A DEK wrapped under a KEK derived with `kdf`. */
export interface WrappedKey {
  kdf: KdfParams;
  wrapped: Uint8Array;
}

export const dekAad = (profileId: string) => `nonstop-vault/1:dek:${profileId}`;
export const recoveryDekAad = (profileId: string) => `nonstop-vault/2:dek-recovery:${profileId}`;

/**
 * The key that wraps a DEK: Argon2id of the secret, and — when the profile has a
 * key file outside the browser's storage (`fileKey`, crypto-shredding) —
 * HMAC-SHA-256 keyed by that file's key over it, so both are needed.
 */
async function wrappingKey(secret: string, kdf: KdfParams, fileKey?: Uint8Array): Promise<Uint8Array> {
  const kek = await deriveKek(secret, kdf);
  if (!fileKey) return kek;
  try {
    return await hmacSha256(fileKey, kek);
  } finally {
    wipe(kek);
  }
}

/** Wraps `dek` under a fresh KEK from `secret` (and `fileKey`); the KEK is wiped, the DEK stays the caller's. */
export async function wrapDek(
  dek: Uint8Array,
  secret: string,
  aad: string,
  settings: KdfSettings,
  random: RandomBytes,
  fileKey?: Uint8Array,
): Promise<WrappedKey> {
  const kdf = newKdfParams(settings, random);
  const kek = await wrappingKey(secret, kdf, fileKey);
  try {
    return { kdf, wrapped: seal(kek, dek, aad, random) };
  } finally {
    wipe(kek);
  }
}

/** The unwrapped DEK (the caller wipes it), or `wrong-passphrase`. */
export async function unwrapDek(
  secret: string,
  key: WrappedKey,
  aad: string,
  fileKey?: Uint8Array,
): Promise<Uint8Array> {
  const kek = await wrappingKey(secret, key.kdf, fileKey);
  try {
    return open(kek, key.wrapped, aad);
  } catch {
    throw new VaultCryptoError('wrong-passphrase', 'the secret does not open this key');
  } finally {
    wipe(kek);
  }
}

/** HMAC-SHA-256 (hash-wasm), for the backup file's integrity tag. */
export async function hmacSha256(key: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const { createHMAC, createSHA256 } = await import('hash-wasm');
  const h = await createHMAC(createSHA256(), key);
  h.init();
  h.update(data);
  return h.digest('binary');
}

/** Constant-time comparison of two tags. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return d === 0;
}

/** Associated data of a record (format 2): profile and random record id. */
export function recordAad(profileId: string, recordId: string): string {
  return `nonstop-vault/2:record:${profileId}/${recordId}`;
}

/** Associated data of a format-1 record (before random ids): table and `profile/key`. */
export function legacyRecordAad(table: string, key: string): string {
  return `nonstop-vault/1:${table}:${key}`;
}

export const manifestAad = (profileId: string) => `nonstop-vault/2:manifest:${profileId}`;

/**
 * The profile's host capability (issue 19): proof to the main process that this
 * profile's data key is open, so main lets the renderer delete its key file or
 * read and write its rollback anchor, and keeps card logins for it. Derived
 * (not stored): HMAC-SHA-256(DEK, "nonstop-host-capability/1:" + id). Main
 * keeps only `hostVerifier` of it (electron/services/host-session.ts).
 */
export async function hostCapability(dek: Uint8Array, profileId: string): Promise<Uint8Array> {
  return hmacSha256(dek, utf8ToBytes(`nonstop-host-capability/1:${profileId}`));
}

/** SHA-256 of the capability, lower-case hex: what main stores and compares. */
export async function hostVerifier(capability: Uint8Array): Promise<string> {
  const { sha256 } = await import('hash-wasm');
  return sha256(capability);
}
