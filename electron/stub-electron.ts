/**
 * A stubbed `electron` module (no Electron binary in `npm test`), recording
 * what main.ts does with it: windows, IPC handlers, app listeners, protocols,
 * permission handlers, the application menu. Used by main.test.ts (the source)
 * and main.bundle.test.ts (the built dist-electron/main.mjs).
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- a stub of Electron's surface, typed as loosely as the tests use it */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

export type Listener = (...args: any[]) => unknown;

/** A stubbed `electron` module recording what main.ts does with it. */
export function makeElectron(opts: { primary: boolean; root: string; userData?: string }) {
  const appListeners = new Map<string, Listener[]>();
  const ipc = new Map<string, Listener>();
  const windows: any[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const calls = {
    quit: 0,
    menu: undefined as unknown,
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    protocols: [] as string[],
  };
  class BrowserWindow {
    webContents = { id: 1 };
    listeners = new Map<string, Listener>();
    loaded = '';
    constructor(readonly options: any) {
      windows.push(this);
    }
    on(name: string, fn: Listener) {
      this.listeners.set(name, fn);
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    isMinimized() {
      return false;
    }
    restore() {}
    focus() {}
    show() {}
  }
  const electron = {
    app: {
      getAppPath: () => opts.root,
      getPath: () => opts.userData ?? mkdtempSync(join(tmpdir(), 'userdata-')),
      requestSingleInstanceLock: vi.fn(() => opts.primary),
      quit: () => calls.quit++,
      on: (name: string, fn: Listener) => appListeners.set(name, [...(appListeners.get(name) ?? []), fn]),
      whenReady: () => ready,
    },
    BrowserWindow,
    Menu: { setApplicationMenu: (menu: unknown) => (calls.menu = menu) },
    ipcMain: { handle: (name: string, fn: Listener) => ipc.set(name, fn) },
    net: { fetch: vi.fn() },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(),
      handle: (scheme: string) => calls.protocols.push(scheme),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (calls.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Listener) => (calls.permissionCheck = fn),
      },
    },
    Notification: Object.assign(class {}, { isSupported: () => false }),
    powerMonitor: { on: vi.fn() },
  };
  return { electron, appListeners, ipc, windows, calls, ready: () => resolveReady() };
}
