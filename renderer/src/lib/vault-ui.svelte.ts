/**
 * The vault's side of the app state (Svelte 5 runes): device settings
 * (auto-lock, shared-terminal mode), why the app last locked, the recovery code
 * to show once, auto-lock on idle and on the OS sleeping or locking its screen
 * (host call `system.nextLock`), and the Japanese text of every vault error.
 * Session (session.svelte.ts) keeps the open profile; this module never holds
 * decrypted data.
 */
import { session } from './session.svelte';
import { t, type MessageKey } from './i18n';
import {
  BackupError,
  MIN_PASSPHRASE_LENGTH,
  UnlockedProfile,
  VaultError,
  type DeviceSettings,
} from './vault';
import type { IntegrityProblem } from '../../../core/vault/records';
import { groupsToConfirm } from '../../../core/vault/recovery';

export type LockReason = 'idle' | 'suspend' | 'lock-screen' | 'ended' | 'manual';

export const DEFAULT_AUTO_LOCK_MINUTES = 5;
export const SHARED_AUTO_LOCK_MINUTES = 2;
export const AUTO_LOCK_CHOICES = [1, 2, 3, 5, 10, 15, 30, 60];

class VaultUi {
  device = $state.raw<DeviceSettings>({ autoLockMinutes: null, shared: null });
  loaded = $state(false);
  sharedMode: boolean = $derived(this.device.shared !== null);
  autoLockMinutes: number = $derived(
    this.device.autoLockMinutes ?? (this.sharedMode ? SHARED_AUTO_LOCK_MINUTES : DEFAULT_AUTO_LOCK_MINUTES),
  );
  /** Why the app last locked (shown on the lock screen until the next unlock). */
  lockReason = $state<{ reason: LockReason; minutes: number; guest: boolean } | null>(null);
  /** A recovery code to show once (after creating a profile or making a new one), with the groups to type back. */
  recovery = $state<{ code: string; confirm: [number, number] } | null>(null);
  #lastActivity = Date.now();
  #started = false;

  async load(): Promise<void> {
    try {
      this.device = await session.vault.settings();
    } catch {
      // storage unavailable: the lock screen says so when it lists profiles
    }
    session.sharedTerminal = this.sharedMode;
    this.loaded = true;
  }

  async reload(): Promise<void> {
    await this.load();
  }

  showRecoveryCode(code: string): void {
    this.recovery = { code, confirm: groupsToConfirm((n) => crypto.getRandomValues(new Uint8Array(n))) };
  }

  /** Locks now and says why; nothing of the profile stays in memory or on screen. */
  lockNow(reason: LockReason): void {
    const wasOpen = session.store !== null;
    const guest = session.guest;
    session.lock();
    this.recovery = null;
    if (reason === 'ended') session.profiles = session.sharedTerminal ? [] : session.profiles;
    if (wasOpen || reason === 'ended') this.lockReason = { reason, minutes: this.autoLockMinutes, guest };
  }

  /** 「終了」 on a shared terminal (or 「ロックする」): lock, clear every field, and say so. */
  end(): void {
    this.lockNow(this.sharedMode ? 'ended' : 'manual');
  }

  activity(): void {
    this.#lastActivity = Date.now();
  }

  /** Starts idle auto-lock and the OS lock listener (once per page). */
  start(): void {
    if (this.#started || typeof window === 'undefined') return;
    this.#started = true;
    void this.load();
    const mark = () => this.activity();
    for (const ev of ['pointerdown', 'keydown', 'wheel', 'touchstart', 'pointermove'])
      window.addEventListener(ev, mark, { passive: true, capture: true });
    setInterval(() => {
      if (session.store === null) {
        this.#lastActivity = Date.now();
        return;
      }
      if (Date.now() - this.#lastActivity >= this.autoLockMinutes * 60_000) this.lockNow('idle');
    }, 1000);
    void this.#listenForSystemLock();
  }

  async #listenForSystemLock(): Promise<void> {
    const api = window.nonstop;
    if (!api || typeof api['system.nextLock'] !== 'function') return;
    for (;;) {
      let r;
      try {
        r = await api['system.nextLock'](null);
      } catch {
        r = null;
      }
      if (r?.ok) {
        if (session.store !== null) this.lockNow(r.value.reason);
      } else await new Promise((res) => setTimeout(res, 5000));
    }
  }
}

export const vaultUi = new VaultUi();

/** The Japanese (or English) sentence for any error the vault or a backup throws. */
export function vaultErrorText(e: unknown, opts: { byLabel?: boolean } = {}): string {
  if (e instanceof BackupError) return t(`vault.backup.${e.code}` as MessageKey);
  if (e instanceof VaultError) {
    if (e.code === 'throttled') return t('vault.error.throttled', { s: Math.ceil(e.waitMs / 1000) });
    if (e.code === 'wrong-passphrase' && opts.byLabel) {
      const base = t('vault.error.wrong-label-or-passphrase');
      return e.waitMs > 0
        ? `${base} ${t('vault.error.throttledNext', { s: Math.ceil(e.waitMs / 1000) })}`
        : base;
    }
    if (e.code === 'weak-passphrase') return t('vault.error.weak-passphrase', { n: MIN_PASSPHRASE_LENGTH });
    const base = t(`vault.error.${e.code}` as MessageKey);
    return e.waitMs > 0
      ? `${base} ${t('vault.error.throttledNext', { s: Math.ceil(e.waitMs / 1000) })}`
      : base;
  }
  return t('vault.error.unknown');
}

/** What a stored record is, in words ("家族の情報", "申請の記録"), never its raw name. */
export function recordWhat(name: string | undefined): string {
  if (name === 'household') return t('vault.record.household');
  if (name?.startsWith('submission:')) return t('vault.record.submission');
  if (name === 'settings') return t('vault.record.settings');
  if (name === 'reminders') return t('vault.record.reminders');
  if (name === 'casefile') return t('vault.record.casefile');
  if (name === 'registration-draft') return t('vault.record.draft');
  return t('vault.record.other');
}

export function problemText(p: IntegrityProblem): string {
  return t(`vault.integrity.${p.kind}` as MessageKey, { what: recordWhat(p.name) });
}

export function openProblems(): IntegrityProblem[] {
  const s = session.store;
  return s instanceof UnlockedProfile ? s.problems : [];
}

/** Saves text as a file through the browser's download (Electron asks where to save it). */
export function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

vaultUi.start();
