/**
 * The rollback anchor: what the vault keeps OUTSIDE the browser's storage so that
 * restoring the whole IndexedDB (records and manifest together) to an older copy
 * is noticed. The sealed manifest (records.ts) catches one record put back, deleted
 * or swapped, but an old copy of the whole store is self-consistent; only
 * something the copy does not contain can tell it is old.
 *
 * The anchor is the manifest's write sequence number with an HMAC-SHA-256 over it,
 * kept by the main process beside the profile's key file (electron/services/
 * vault-keys.ts): `nonstop-anchor/1.<seq>.<base64 tag>`. The tag's key is derived
 * from the data key (HMAC-SHA-256 of the DEK over a label naming the profile), so
 * only someone who can unlock the profile can make a valid anchor: editing the
 * file to a lower number, or copying another profile's anchor over it, fails the
 * check. Main stores the text and never sees a key.
 *
 * On unlock (renderer/src/lib/vault.ts): anchor seq > manifest seq → the store was
 * rolled back (reported, nothing deleted); anchor seq ≤ manifest seq → fine (a
 * crash between the IndexedDB commit and the anchor's write leaves it behind,
 * never ahead, because the anchor is written after the commit).
 */
import { fromBase64, toBase64 } from '../encoding/bytes';
import { equalBytes, hmacSha256, wipe } from './crypto';
import { utf8ToBytes } from '@noble/ciphers/utils.js';

export const ANCHOR_PATTERN = /^nonstop-anchor\/1\.(\d{1,16})\.([A-Za-z0-9+/]{43}=)$/;

async function tag(dek: Uint8Array, profileId: string, seq: number): Promise<Uint8Array> {
  const key = await hmacSha256(dek, utf8ToBytes(`nonstop-vault/2:anchor-key:${profileId}`));
  try {
    return await hmacSha256(key, utf8ToBytes(`nonstop-anchor/1:${profileId}:${seq}`));
  } finally {
    wipe(key);
  }
}

/** The anchor text for `seq` (a safe non-negative integer). */
export async function makeAnchor(dek: Uint8Array, profileId: string, seq: number): Promise<string> {
  if (!Number.isSafeInteger(seq) || seq < 0) throw new RangeError('anchor seq out of range');
  return `nonstop-anchor/1.${seq}.${toBase64(await tag(dek, profileId, seq))}`;
}

/** The sequence number an anchor vouches for, or null when it is not one or does not verify. */
export async function readAnchor(dek: Uint8Array, profileId: string, text: string): Promise<number | null> {
  const m = ANCHOR_PATTERN.exec(text);
  if (!m) return null;
  const seq = Number(m[1]);
  if (!Number.isSafeInteger(seq)) return null;
  const want = await tag(dek, profileId, seq);
  return equalBytes(want, fromBase64(m[2]!)) ? seq : null;
}
