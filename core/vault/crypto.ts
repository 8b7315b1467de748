/**
 * The vault's dangerous primitives, quarantined here (conventions: crypto behind a
 * small interface, ciphertext with a version header).
 *
 * - Passphrase → Argon2id (hash-wasm) → key-encryption key (KEK).
 * - A random 256-bit data key (DEK) seals every record; the KEK wraps the DEK,
 *   so changing the passphrase re-wraps only the DEK.
 * - Every record is AES-256-GCM with a fresh 96-bit nonce and the record's
 *   table and primary key bound in as associated data, so a ciphertext moved to
 *   another row does not open.
 *
 * Parameters: Argon2id m=64 MiB, t=3, p=1 (Bitwarden's default memory and
 * passes; p=1 because the wasm build runs one thread — security-notes measured
 * ≈0.26 s here). They are stored with each profile so they can be raised later.
 */
import { gcm } from '@noble/ciphers/aes.js';
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import { argon2id } from 'hash-wasm';
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

export const DEFAULT_KDF = { name: 'argon2id', memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

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

export async function deriveKek(passphrase: string, kdf: KdfParams): Promise<Uint8Array> {
  return argon2id({
    password: passphrase.normalize('NFC'),
    salt: fromBase64(kdf.salt),
    iterations: kdf.iterations,
    memorySize: kdf.memoryKiB,
    parallelism: kdf.parallelism,
    hashLength: 32,
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
  if (sealed[0] !== SEAL_VERSION)
    throw new VaultCryptoError('unsupported-version', `unknown ciphertext version ${sealed[0]}`);
  if (sealed.length < 1 + NONCE_BYTES + 16) throw new VaultCryptoError('corrupt', 'ciphertext too short');
  try {
    return gcm(key, sealed.subarray(1, 1 + NONCE_BYTES), utf8ToBytes(associatedData)).decrypt(
      sealed.subarray(1 + NONCE_BYTES),
    );
  } catch {
    throw new VaultCryptoError('corrupt', 'ciphertext does not authenticate');
  }
}

export interface ProfileKeys {
  kdf: KdfParams;
  /** The DEK sealed under the KEK; AAD binds it to the profile id. */
  wrappedDek: Uint8Array;
}

const dekAad = (profileId: string) => `nonstop-vault/1:dek:${profileId}`;

export async function createProfileKeys(
  profileId: string,
  passphrase: string,
  random: RandomBytes,
  kdfParams: Omit<KdfParams, 'salt'> = DEFAULT_KDF,
): Promise<{ keys: ProfileKeys; dek: Uint8Array }> {
  const kdf: KdfParams = { ...kdfParams, salt: toBase64(random(16)) };
  const kek = await deriveKek(passphrase, kdf);
  const dek = random(32);
  return { keys: { kdf, wrappedDek: seal(kek, dek, dekAad(profileId), random) }, dek };
}

export async function unlockProfileKeys(
  profileId: string,
  passphrase: string,
  keys: ProfileKeys,
): Promise<Uint8Array> {
  const kek = await deriveKek(passphrase, keys.kdf);
  try {
    return open(kek, keys.wrappedDek, dekAad(profileId));
  } catch {
    throw new VaultCryptoError('wrong-passphrase', 'the passphrase does not open this profile');
  }
}

/** Associated data for a record: table and primary key, so a sealed row cannot be swapped. */
export function recordAad(table: string, key: string): string {
  return `nonstop-vault/1:${table}:${key}`;
}
