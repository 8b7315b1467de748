/**
 * OS notifications for reminders, as plain Node (no `import 'electron'`):
 * main.ts gives it a backend built on Electron's Notification; the e2e
 * harness gives it a recording backend whose click it can trigger. A click
 * is handed to the renderer through `notification.nextClick`, a call the
 * renderer keeps pending (a long poll), so the host contract stays
 * request/response only and the preload exposes nothing else.
 */
export interface NotificationBackend {
  supported(): boolean;
  /** Shows one notification; calls `onClick` when the user clicks it. */
  show(n: { title: string; body: string }, onClick: () => void): void;
}

export interface ShownNotification {
  id: string;
  title: string;
  body: string;
}

/** A backend for hosts without notifications: nothing is shown, and the caller is told so. */
export const noNotifications: NotificationBackend = {
  supported: () => false,
  show: () => undefined,
};

export class NotificationCenter {
  readonly #backend: NotificationBackend;
  /** Only the latest waiter (a reloaded renderer's old poll is left to lapse). */
  #waiter: ((v: { id: string }) => void) | null = null;
  #clicks: string[] = [];
  /** The last notifications shown (ids and text), newest last; kept small. */
  readonly shown: ShownNotification[] = [];

  constructor(backend: NotificationBackend) {
    this.#backend = backend;
  }

  show(n: ShownNotification): { shown: boolean } {
    if (!this.#backend.supported()) return { shown: false };
    this.shown.push(n);
    if (this.shown.length > 100) this.shown.shift();
    this.#backend.show({ title: n.title, body: n.body }, () => this.click(n.id));
    return { shown: true };
  }

  /** A click on notification `id` (from the backend, or a test). */
  click(id: string): void {
    const w = this.#waiter;
    this.#waiter = null;
    if (w) w({ id });
    else if (this.#clicks.length < 20) this.#clicks.push(id);
  }

  /** Resolves with the next click (at once if one is waiting). */
  nextClick(): Promise<{ id: string }> {
    const id = this.#clicks.shift();
    if (id !== undefined) return Promise.resolve({ id });
    return new Promise((resolve) => (this.#waiter = resolve));
  }
}
