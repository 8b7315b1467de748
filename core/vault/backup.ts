/**
 * The encrypted backup file, `nonstop-backup/1` (JSON text, so it survives
 * mail and USB sticks and can be told apart from other files):
 *
 *   { "format": "nonstop-backup/1", "createdAt", "keySource": "passphrase" | "recovery-code",
 *     "kdf": { name, memoryKiB, iterations, parallelism, salt }, "check", "entries": [...], "tag" }
 *
 * Argon2id over the backup passphrase (or the profile's recovery code) gives 64
 * bytes: an AES-256-GCM key and an HMAC-SHA-256 key. `check` is a sealed constant,
 * so a wrong passphrase is told apart from a damaged file; each entry is one sealed,
 * padded record (the first holds the profile's label) bound to its position; `tag`
 * is an HMAC over every other field, so a flipped byte, a dropped or reordered
 * entry or an edited header are all refused before anything is imported.
 *
 * `digest` (added by issue 19; optional, files without it keep loading): SHA-256
 * of the same fields as the tag, without a key. A key check that fails can mean a
 * wrong passphrase or a damaged header (kdf, salt, check): the digest tells which,
 * so the file is called damaged, or the passphrase wrong, only when that is known;
 * a file without the digest whose check fails says "wrong passphrase or damaged".
 */
import { z } from 'zod';
import { fromBase64, toBase64 } from '../encoding/bytes';
import {
  DEFAULT_KDF,
  RECOVERY_KDF,
  deriveKek,
  equalBytes,
  hmacSha256,
  newKdfParams,
  open,
  seal,
  wipe,
  type KdfParams,
  type KdfSettings,
  type RandomBytes,
} from './crypto';
import { decodePayload, encodePayload } from './records';
import { utf8ToBytes } from '@noble/ciphers/utils.js';

export const BACKUP_FORMAT = 'nonstop-backup/1';
export type BackupKeySource = 'passphrase' | 'recovery-code';

export type BackupErrorCode =
  | 'not-a-backup'
  | 'unsupported-version'
  | 'truncated'
  | 'damaged'
  | 'wrong-secret'
  /** the key check failed on a file without a digest: which of the two cannot be known */
  | 'wrong-secret-or-damaged'
  /** no passphrase or recovery code was given */
  | 'no-secret';

export class BackupError extends Error {
  constructor(
    readonly code: BackupErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface BackupEntry {
  name: string;
  value: unknown;
}

export interface BackupContents {
  label: string;
  entries: BackupEntry[];
}

const b64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
// Bounds stop a crafted file from asking for gigabytes of Argon2 memory.
const fileSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  createdAt: z.string().max(40),
  keySource: z.enum(['passphrase', 'recovery-code']),
  kdf: z.strictObject({
    name: z.literal('argon2id'),
    memoryKiB: z
      .number()
      .int()
      .min(1024)
      .max(256 * 1024),
    iterations: z.number().int().min(1).max(20),
    parallelism: z.number().int().min(1).max(16),
    salt: b64.min(16).max(64),
  }),
  check: b64,
  entries: z.array(b64).min(1).max(100_000),
  digest: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  tag: b64,
});
type BackupFile = z.infer<typeof fileSchema>;

const CHECK = 'nonstop-backup/1 key check';
const checkAad = `${BACKUP_FORMAT}:check`;
const entryAad = (i: number) => `${BACKUP_FORMAT}:entry:${i}`;

function tagged(f: Omit<BackupFile, 'tag'>): Uint8Array {
  const { name, memoryKiB, iterations, parallelism, salt } = f.kdf;
  return utf8ToBytes(
    JSON.stringify([
      f.format,
      f.createdAt,
      f.keySource,
      [name, memoryKiB, iterations, parallelism, salt],
      f.check,
      f.entries,
    ]),
  );
}

async function digestOf(f: Omit<BackupFile, 'tag' | 'digest'>): Promise<string> {
  const { sha256 } = await import('hash-wasm');
  return sha256(tagged(f));
}

async function keys(secret: string, kdf: KdfParams): Promise<{ enc: Uint8Array; mac: Uint8Array }> {
  const both = await deriveKek(secret, kdf, 64);
  const out = { enc: both.slice(0, 32), mac: both.slice(32) };
  wipe(both);
  return out;
}

export async function createBackup(options: {
  label: string;
  entries: BackupEntry[];
  secret: string;
  keySource: BackupKeySource;
  random: RandomBytes;
  now: Date;
  kdf?: KdfSettings;
}): Promise<string> {
  const settings = options.kdf ?? (options.keySource === 'recovery-code' ? RECOVERY_KDF : DEFAULT_KDF);
  const kdf = newKdfParams(settings, options.random);
  const { enc, mac } = await keys(options.secret, kdf);
  try {
    const payloads = [{ name: '', value: { label: options.label } }, ...options.entries];
    const body: Omit<BackupFile, 'tag'> = {
      format: BACKUP_FORMAT,
      createdAt: options.now.toISOString(),
      keySource: options.keySource,
      kdf,
      check: toBase64(seal(enc, utf8ToBytes(CHECK), checkAad, options.random)),
      entries: payloads.map((p, i) => toBase64(seal(enc, encodePayload(p), entryAad(i), options.random))),
    };
    const tag = await hmacSha256(mac, tagged(body));
    return JSON.stringify({ ...body, digest: await digestOf(body), tag: toBase64(tag) }, null, 1);
  } finally {
    wipe(enc, mac);
  }
}

/** Reads the header only: which secret to ask for. Refuses anything that is not a backup. */
export function inspectBackup(text: string): { keySource: BackupKeySource; createdAt: string } {
  const f = parseFile(text);
  return { keySource: f.keySource, createdAt: f.createdAt };
}

function parseFile(text: string): BackupFile {
  const head = text.trimStart().slice(0, 200);
  const looksLikeOurs = /"format"\s*:\s*"nonstop-backup\//.test(head);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw looksLikeOurs
      ? new BackupError('truncated', 'the backup file is cut short or damaged')
      : new BackupError('not-a-backup', 'not a nonstop backup file');
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (typeof format !== 'string' || !format.startsWith('nonstop-backup/'))
    throw new BackupError('not-a-backup', 'not a nonstop backup file');
  if (format !== BACKUP_FORMAT) {
    // only a later version asks for an update; "/0" or any other spelling is not a backup of ours
    const version = /^nonstop-backup\/([1-9][0-9]{0,5})$/.exec(format)?.[1];
    if (version !== undefined && Number(version) > 1)
      throw new BackupError('unsupported-version', `unsupported ${format}`);
    throw new BackupError('not-a-backup', `not a backup format this app knows: ${format}`);
  }
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) throw new BackupError('damaged', 'the backup file does not have the expected fields');
  return parsed.data;
}

/** Opens and verifies the whole file; throws a BackupError before returning anything partial. */
export async function readBackup(text: string, secret: string): Promise<BackupContents> {
  const f = parseFile(text);
  if (secret.trim() === '') throw new BackupError('no-secret', 'no passphrase or recovery code given');
  const { tag, digest, ...body } = f;
  // without a key: a damaged file is called damaged whatever the passphrase
  if (digest !== undefined && digest !== (await digestOf(body)))
    throw new BackupError('damaged', 'the digest does not match: the file was changed');
  const { enc, mac } = await keys(secret, f.kdf);
  try {
    try {
      open(enc, fromBase64(f.check), checkAad);
    } catch {
      throw digest !== undefined
        ? new BackupError('wrong-secret', 'the passphrase or recovery code does not open this backup')
        : new BackupError(
            'wrong-secret-or-damaged',
            'the passphrase or recovery code is wrong, or the file is damaged',
          );
    }
    let given: Uint8Array;
    try {
      given = fromBase64(tag);
    } catch {
      throw new BackupError('damaged', 'bad tag');
    }
    // base64 has spare bits in its last character: only the canonical spelling counts
    if (toBase64(given) !== tag) throw new BackupError('damaged', 'bad tag');
    if (!equalBytes(await hmacSha256(mac, tagged(body)), given))
      throw new BackupError('damaged', 'the integrity tag does not match: the file was changed');
    const payloads = f.entries.map((e, i) => {
      try {
        return decodePayload(open(enc, fromBase64(e), entryAad(i))) as BackupEntry;
      } catch {
        throw new BackupError('damaged', `entry ${i} does not open`);
      }
    });
    const [meta, ...entries] = payloads;
    const label = (meta?.value as { label?: unknown } | undefined)?.label;
    if (meta?.name !== '' || typeof label !== 'string') throw new BackupError('damaged', 'no label entry');
    if (!entries.every((e) => typeof e?.name === 'string' && e.name !== '' && 'value' in e))
      throw new BackupError('damaged', 'an entry has no name');
    return { label, entries };
  } finally {
    wipe(enc, mac);
  }
}
