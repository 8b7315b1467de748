/**
 * The OS going to sleep or locking its screen, handed to the renderer so the
 * vault locks (issue 11). Plain Node: main.ts feeds it from Electron's
 * powerMonitor ('suspend', 'lock-screen'); the e2e harness emits by hand. Like
 * notification.nextClick, the renderer keeps `system.nextLock` pending (a long
 * poll), so the host contract stays request/response only.
 */
export type SystemLockReason = 'suspend' | 'lock-screen';

export class SystemLockEvents {
  /** Only the latest waiter (a reloaded renderer's old poll is left to lapse). */
  #waiter: ((v: { reason: SystemLockReason }) => void) | null = null;
  /** An event with nobody polling is kept briefly: a renderer between two polls must not miss it. */
  #pending: { reason: SystemLockReason; at: number } | null = null;

  constructor(private readonly now: () => number = Date.now) {}

  emit(reason: SystemLockReason): void {
    const w = this.#waiter;
    this.#waiter = null;
    if (w) w({ reason });
    else this.#pending = { reason, at: this.now() };
  }

  next(): Promise<{ reason: SystemLockReason }> {
    const p = this.#pending;
    this.#pending = null;
    if (p && this.now() - p.at < 10_000) return Promise.resolve({ reason: p.reason });
    return new Promise((resolve) => (this.#waiter = resolve));
  }
}
