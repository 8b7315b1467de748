/**
 * The unlocked session as main knows it (issue 19 items 2 and 10). The
 * renderer holds the vault; main holds what a console on the lock screen must
 * not reach: the calls that destroy or reveal a profile's files (key file
 * deletion, rollback anchors) and the card logins. Each needs the session
 * opened here, and only an unlocked profile can open one:
 *
 * - the capability is HMAC-SHA-256(DEK, "nonstop-host-capability/1:" + id),
 *   computed by the renderer after the passphrase (or recovery code) opened
 *   the data key; main keeps only its SHA-256 (`<profile>.cap` beside the key
 *   file, registered when the key file is made) and compares in constant time;
 * - a guest session opens without one, and reaches no stored profile;
 * - locking, 終了 and a switch to another profile close it: the card sessions
 *   of the closed session are forgotten (and logged out at the municipality).
 *
 * A profile made before this has no verifier: its first unlock registers one
 * (trust on first use, the one window where a lock-screen console could
 * register a wrong one first — the owner's deletion is then refused, nothing
 * is revealed). Reading the key file itself stays open before unlock: it is
 * the second factor the passphrase is combined with (the renderer needs it to
 * try the passphrase) and opens nothing alone; it exists so that deleting it
 * makes a profile unreadable for ever — and deleting is what is guarded here.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { ShredKeyStore } from './vault-keys';

export class SessionError extends Error {}

export type HostSessionState = { key: string; profile: string | null } | null;

export class HostSession {
  #current: HostSessionState = null;
  #n = 0;
  readonly #onEnd = new Set<(ended: string) => void>();

  constructor(private readonly keys: ShredKeyStore | undefined) {}

  /** Called with the session key whenever a session ends (closed, or replaced by another). */
  onEnd(fn: (ended: string) => void): void {
    this.#onEnd.add(fn);
  }

  #replace(next: HostSessionState): void {
    const ended = this.#current;
    this.#current = next;
    if (ended) for (const fn of this.#onEnd) fn(ended.key);
  }

  openProfile(profile: string, capabilityBase64: string): void {
    const capability = Buffer.from(capabilityBase64, 'base64');
    if (capability.length !== 32) throw new SessionError('not a capability');
    const hash = createHash('sha256').update(capability).digest();
    capability.fill(0);
    if (!this.keys) throw new SessionError('no key store on this host');
    const stored = this.keys.getVerifier(profile);
    if (stored === null) {
      // a profile from before issue 19: the first unlock registers its verifier
      if (!this.keys.putVerifier(profile, hash.toString('hex')))
        throw new SessionError('the profile could not be opened here');
    } else if (!timingSafeEqual(Buffer.from(stored, 'hex'), hash)) {
      this.#replace(null);
      throw new SessionError('the profile could not be opened here');
    }
    this.#replace({ key: `profile:${profile}:${++this.#n}`, profile });
  }

  openGuest(): void {
    this.#replace({ key: `guest:${++this.#n}`, profile: null });
  }

  close(): void {
    this.#replace(null);
  }

  /** The open session's key (card sessions are kept under it). */
  key(): string {
    if (!this.#current) throw new SessionError('locked: nothing is unlocked');
    return this.#current.key;
  }

  /** Throws unless `profile` is the one unlocked. */
  requireProfile(profile: string): void {
    if (!this.#current || this.#current.profile !== profile)
      throw new SessionError('locked: this profile is not unlocked');
  }

  get state(): HostSessionState {
    return this.#current;
  }
}
