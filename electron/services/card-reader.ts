/**
 * The simulated My Number card reader (JPKI 利用者証明用 style: 4-digit PIN,
 * locked after 3 wrong tries, reset only "at the counter").
 *
 * A card is a folder: `card.json` (certificate + PKCS#8 private key encrypted
 * under the PIN, PBES2/AES-256, PBKDF2 10k: the 4-digit PIN is guarded by the retry counter, not by KDF cost). The retry counter lives in a
 * writable state folder, written durably *before* the answer, so killing the
 * app between a wrong PIN and the next try cannot reset it. The private key
 * is decrypted only inside `sign()` and never leaves this module.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
  openSync,
  fsyncSync,
  closeSync,
  existsSync,
} from 'node:fs';
import { join } from 'node:path';
import forge from 'node-forge';
import { z } from 'zod';
import { signDetached } from '../../core/signing/cms';
import type { CardSummary } from '../../core/host-contract';

export const CARD_FORMAT = 'nonstop-card/1';
export const PIN_TRIES = 3;

const cardFileSchema = z.strictObject({
  format: z.literal(CARD_FORMAT),
  holder: z.string().min(1),
  certificatePem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
  encryptedPrivateKeyPem: z.string().startsWith('-----BEGIN ENCRYPTED PRIVATE KEY-----'),
});
const stateSchema = z.strictObject({ triesLeft: z.number().int().min(0).max(PIN_TRIES) });

export class CardError extends Error {
  constructor(
    readonly code: 'not-found' | 'wrong-pin' | 'card-locked' | 'malformed',
    message: string,
    readonly triesLeft?: number,
  ) {
    super(message);
  }
}

function writeDurably(path: string, text: string): void {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, text);
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

export class SimulatedCardReader {
  constructor(
    private readonly cardsDir: string,
    private readonly stateDir: string,
  ) {
    mkdirSync(stateDir, { recursive: true });
  }

  private readCard(id: string): z.infer<typeof cardFileSchema> {
    if (!/^[a-z0-9-]+$/.test(id)) throw new CardError('not-found', `no card "${id}"`);
    const path = join(this.cardsDir, id, 'card.json');
    if (!existsSync(path)) throw new CardError('not-found', `no card "${id}" in the reader`);
    const parsed = cardFileSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success)
      throw new CardError(
        'malformed',
        `card "${id}": ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
      );
    return parsed.data;
  }

  private triesLeft(id: string): number {
    const path = join(this.stateDir, `${id}.json`);
    if (!existsSync(path)) return PIN_TRIES;
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    // A damaged counter fails closed: treat the card as locked.
    return parsed.success ? parsed.data.triesLeft : 0;
  }

  private setTriesLeft(id: string, triesLeft: number): void {
    writeDurably(join(this.stateDir, `${id}.json`), JSON.stringify({ triesLeft }));
  }

  list(): CardSummary[] {
    if (!existsSync(this.cardsDir)) return [];
    return readdirSync(this.cardsDir, { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(this.cardsDir, d.name, 'card.json')))
      .map((d) => {
        const card = this.readCard(d.name);
        const triesLeft = this.triesLeft(d.name);
        return { id: d.name, holder: card.holder, triesLeft, locked: triesLeft === 0 };
      })
      .sort((a, b) => a.id.localeCompare(b.id));
  }

  certificatePem(id: string): string {
    return this.readCard(id).certificatePem;
  }

  /** Verify the PIN and sign `content` (detached CMS, SHA-256). */
  sign(id: string, pin: string, content: Uint8Array, signingTime: Date): Uint8Array {
    const card = this.readCard(id);
    const triesLeft = this.triesLeft(id);
    if (triesLeft === 0) throw new CardError('card-locked', 'the PIN is locked after 3 wrong tries', 0);
    const key = /^\d{4}$/.test(pin) ? forge.pki.decryptRsaPrivateKey(card.encryptedPrivateKeyPem, pin) : null;
    if (!key) {
      const left = triesLeft - 1;
      this.setTriesLeft(id, left);
      if (left === 0) throw new CardError('card-locked', 'wrong PIN; the card is now locked', 0);
      throw new CardError('wrong-pin', `wrong PIN; ${left} tries left`, left);
    }
    if (triesLeft !== PIN_TRIES) this.setTriesLeft(id, PIN_TRIES);
    return signDetached({ content, certificatePem: card.certificatePem, privateKey: key, signingTime });
  }
}
