/**
 * The simulated My Number card reader, JPKI style: every card holds a
 * 利用者証明用 key (4-digit PIN, 3 tries; logs in) and a 署名用 key (6–16
 * A–Z/0–9 password, 5 tries; signs applications) — see core/signing/card-format.ts.
 *
 * The retry counter is the card's real protection (the PIN space is small), so:
 * - every attempt is counted durably (write, fsync, rename, fsync of the folder)
 *   BEFORE the PIN is tried, and given back only after it proved right — a
 *   crash, a throw inside the key decoder or a kill between the two cannot
 *   save a try;
 * - attempts on one card are serialised across processes by a lock file
 *   (`<state>/<card>.lock`, created O_EXCL, holding "<pid> <ms> <nonce>"), so
 *   racing processes see each other's counts. A stale lock is recovered: its
 *   process is gone, or it is empty or garbage and older than 2 s (a creator
 *   writes its line microseconds after creating the file), or it is older than
 *   any real operation (10 s; one attempt takes well under 1 s) — which also
 *   covers a lock naming a live but unrelated process (a reused pid). Taking
 *   over renames the lock aside and checks it was the one judged stale;
 *   releasing removes the lock only if it is still this holder's. The
 *   operator's `reset` (`nonstop cards reset`) clears any lock of the card;
 * - a damaged state file locks that card only (fails closed), never the reader;
 * - a PIN of the wrong shape never reaches the card and is not counted.
 * The private keys are decrypted only inside one attempt and never leave this module.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  linkSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { createPrivateKey, randomBytes, sign as rsaSign, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import forge from 'node-forge';
import { z } from 'zod';
import { signDetached } from '../../core/signing/cms';
import { cardFileSchema, KEY_RULES, type CardFile, type CardKey } from '../../core/signing/card-format';
import { pemToDer } from '../../core/signing/x509';
import type { CardSummary } from '../../core/host-contract';

export { CARD_FORMAT } from '../../core/signing/card-format';
/** 署名用 tries (what the application screen shows); 利用者証明用 has KEY_RULES.auth.tries. */
export const PIN_TRIES = KEY_RULES.signing.tries;

const stateSchema = z.strictObject({
  auth: z.strictObject({ triesLeft: z.number().int().min(0).max(KEY_RULES.auth.tries) }),
  signing: z.strictObject({ triesLeft: z.number().int().min(0).max(KEY_RULES.signing.tries) }),
});
type CardState = z.infer<typeof stateSchema>;

const FRESH: CardState = {
  auth: { triesLeft: KEY_RULES.auth.tries },
  signing: { triesLeft: KEY_RULES.signing.tries },
};
const LOCKED: CardState = { auth: { triesLeft: 0 }, signing: { triesLeft: 0 } };

export class CardError extends Error {
  constructor(
    readonly code: 'not-found' | 'wrong-pin' | 'card-locked' | 'malformed' | 'invalid-pin' | 'busy',
    message: string,
    readonly triesLeft?: number,
  ) {
    super(message);
  }
}

/** Write whole or not at all, and make the rename itself durable. */
export function writeDurably(path: string, data: string | Uint8Array): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  const fd = openSync(tmp, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  fsyncDir(join(path, '..'));
}

export function fsyncDir(dir: string): void {
  let fd: number;
  try {
    fd = openSync(dir, 'r');
  } catch (e) {
    // Windows cannot open a directory for fsync; the rename is then as durable as the OS makes it.
    if (process.platform === 'win32') return;
    throw e;
  }
  try {
    fsyncSync(fd);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL') throw e;
  } finally {
    closeSync(fd);
  }
}

const sleeper = new Int32Array(new SharedArrayBuffer(4));
function sleepMs(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const LOCK_WAIT_MS = 15_000;
/** Older than any real operation: a lock this old is stale whoever it names. */
const LOCK_STALE_MS = 10_000;
/** An empty or unreadable lock older than this was not being written: stale. */
const LOCK_EMPTY_GRACE_MS = 2_000;

export interface ReaderOptions {
  /** how long an attempt waits for a card another program holds (default 15 s) */
  lockWaitMs?: number;
  /** a lock older than this is stale (default 10 s) */
  lockStaleMs?: number;
}

/** Why a lock file is stale, or null while it may be in real use. */
export function staleLockReason(text: string, ageMs: number, staleMs = LOCK_STALE_MS): string | null {
  const m = /^(\d{1,10}) (\d{1,16}) ([0-9a-f]{16})$/.exec(text);
  if (!m) return ageMs > LOCK_EMPTY_GRACE_MS ? (text ? 'unreadable' : 'empty') : null;
  const pid = Number(m[1]);
  if (pid <= 0 || !processAlive(pid)) return 'owner gone';
  return ageMs > staleMs ? 'older than any operation' : null;
}

export class SimulatedCardReader {
  private readonly lockWaitMs: number;
  private readonly lockStaleMs: number;

  constructor(
    private readonly cardsDir: string,
    private readonly stateDir: string,
    options: ReaderOptions = {},
  ) {
    mkdirSync(stateDir, { recursive: true });
    this.lockWaitMs = options.lockWaitMs ?? LOCK_WAIT_MS;
    this.lockStaleMs = options.lockStaleMs ?? LOCK_STALE_MS;
  }

  private lockPath(id: string): string {
    return join(this.stateDir, `${id}.lock`);
  }

  /** Take a stale lock away; true when it was (or is already) gone. */
  private recoverStale(lock: string): boolean {
    let before: { ino: number; mtimeMs: number };
    let text: string;
    try {
      before = statSync(lock);
      text = readFileSync(lock, 'utf8');
    } catch {
      return true; // released meanwhile
    }
    if (!staleLockReason(text, Date.now() - before.mtimeMs, this.lockStaleMs)) return false;
    const aside = `${lock}.stale.${process.pid}.${randomBytes(4).toString('hex')}`;
    try {
      renameSync(lock, aside);
    } catch {
      return true; // someone else took it over first
    }
    try {
      const moved = statSync(aside);
      if (moved.ino !== before.ino || moved.mtimeMs !== before.mtimeMs) {
        // Between the look and the rename another process recovered it and took a fresh
        // lock: put theirs back (link fails if yet another lock is already there).
        try {
          linkSync(aside, lock);
        } catch {
          /* a newer lock stands; theirs is lost either way */
        }
      }
    } finally {
      unlinkSync(aside);
    }
    return true;
  }

  private checkId(id: string): void {
    if (!/^[a-z0-9-]+$/.test(id)) throw new CardError('not-found', `no card "${id}"`);
  }

  private readCard(id: string): CardFile {
    this.checkId(id);
    const path = join(this.cardsDir, id, 'card.json');
    if (!existsSync(path)) throw new CardError('not-found', `no card "${id}" in the reader`);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      throw new CardError('malformed', `card "${id}": card.json is not JSON`);
    }
    const parsed = cardFileSchema.safeParse(json);
    if (!parsed.success)
      throw new CardError(
        'malformed',
        `card "${id}": ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
      );
    return parsed.data;
  }

  private statePath(id: string): string {
    return join(this.stateDir, `${id}.json`);
  }

  /** The counters; a damaged file (not JSON, wrong shape) reads as locked — for this card only. */
  private readState(id: string): CardState {
    const path = this.statePath(id);
    if (!existsSync(path)) return FRESH;
    try {
      const parsed = stateSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      return parsed.success ? parsed.data : LOCKED;
    } catch {
      return LOCKED;
    }
  }

  private writeState(id: string, state: CardState): void {
    writeDurably(this.statePath(id), JSON.stringify(state));
  }

  /** Run `fn` holding the card's lock file (cross-process). */
  private withLock<T>(id: string, fn: () => T): T {
    const lock = this.lockPath(id);
    const mine = `${process.pid} ${Date.now()} ${randomBytes(8).toString('hex')}`;
    const deadline = Date.now() + this.lockWaitMs;
    for (;;) {
      try {
        const fd = openSync(lock, 'wx');
        try {
          writeSync(fd, mine);
        } finally {
          closeSync(fd);
        }
        break;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
        if (this.recoverStale(lock)) continue;
        if (Date.now() > deadline) throw new CardError('busy', `card "${id}" is in use by another program`);
        sleepMs(5 + Math.floor(Math.random() * 10));
      }
    }
    try {
      return fn();
    } finally {
      // only our own lock: if it was taken over as stale meanwhile, the new holder's stays
      try {
        if (readFileSync(lock, 'utf8') === mine) unlinkSync(lock);
      } catch {
        /* already gone */
      }
    }
  }

  /**
   * One PIN attempt on `key`: counted before the PIN is tried, given back
   * only when it was right. `use` gets the decrypted key.
   */
  private attempt<T>(
    id: string,
    key: CardKey,
    pin: string,
    use: (privateKey: KeyObject, card: CardFile) => T,
  ): T {
    const card = this.readCard(id);
    const rule = KEY_RULES[key];
    if (typeof pin !== 'string' || !rule.pattern.test(pin))
      throw new CardError('invalid-pin', `the ${rule.what} has the wrong form`);
    return this.withLock(id, () => {
      const state = this.readState(id);
      const left = state[key].triesLeft;
      if (left === 0)
        throw new CardError('card-locked', `the ${rule.what} is locked after ${rule.tries} wrong tries`, 0);
      const counted = { ...state, [key]: { triesLeft: left - 1 } };
      this.writeState(id, counted);
      let privateKey: KeyObject | null;
      try {
        privateKey = createPrivateKey({
          key: card[key].encryptedPrivateKeyPem,
          format: 'pem',
          passphrase: pin,
        });
      } catch {
        privateKey = null;
      }
      if (!privateKey) {
        if (left - 1 === 0) throw new CardError('card-locked', `wrong ${rule.what}; it is now locked`, 0);
        throw new CardError('wrong-pin', `wrong ${rule.what}; ${left - 1} tries left`, left - 1);
      }
      this.writeState(id, { ...this.readState(id), [key]: { triesLeft: rule.tries } });
      return use(privateKey, card);
    });
  }

  list(): CardSummary[] {
    if (!existsSync(this.cardsDir)) return [];
    const out: CardSummary[] = [];
    for (const d of readdirSync(this.cardsDir, { withFileTypes: true })) {
      if (!d.isDirectory() || !existsSync(join(this.cardsDir, d.name, 'card.json'))) continue;
      let card: CardFile;
      try {
        card = this.readCard(d.name);
      } catch {
        continue; // not a card this reader can read
      }
      const s = this.readState(d.name);
      const pin = (k: CardKey) => ({
        triesLeft: s[k].triesLeft,
        locked: s[k].triesLeft === 0,
        maxTries: KEY_RULES[k].tries,
      });
      out.push({
        id: d.name,
        holder: card.holder,
        ...pin('signing'),
        auth: pin('auth'),
        signing: pin('signing'),
      });
    }
    return out.sort((a, b) => a.id.localeCompare(b.id));
  }

  certificatePem(id: string, key: CardKey = 'signing'): string {
    return this.readCard(id)[key].certificatePem;
  }

  /** 署名用: verify the password and sign `content` (detached CMS, SHA-256). */
  sign(id: string, password: string, content: Uint8Array, signingTime: Date): Uint8Array {
    return this.attempt(id, 'signing', password, (key, card) =>
      signDetached({
        content,
        certificatePem: card.signing.certificatePem,
        privateKey: forge.pki.privateKeyFromPem(key.export({ type: 'pkcs1', format: 'pem' }).toString()),
        signingTime,
      }),
    );
  }

  /** 利用者証明用: verify the PIN and sign a login challenge (RSA PKCS#1 v1.5, SHA-256). */
  authenticate(
    id: string,
    pin: string,
    challenge: Uint8Array,
  ): { certificate: Uint8Array; signature: Uint8Array } {
    return this.attempt(id, 'auth', pin, (key, card) => ({
      certificate: pemToDer(card.auth.certificatePem),
      signature: new Uint8Array(rsaSign('sha256', challenge, key)),
    }));
  }

  /** The counter's "reset at the counter" (窓口での初期化): both tries restored, or one key's. */
  reset(id: string, key?: CardKey): void {
    this.readCard(id);
    // The counter's reset also clears the card's lock, whatever it holds: a card left
    // "busy" by a crashed or stuck program is what brings the holder to the counter.
    try {
      unlinkSync(this.lockPath(id));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    this.withLock(id, () => {
      const s = key ? { ...this.readState(id), [key]: { triesLeft: KEY_RULES[key].tries } } : FRESH;
      // a damaged file is replaced whole
      this.writeState(id, stateSchema.safeParse(s).success ? s : FRESH);
    });
  }
}
