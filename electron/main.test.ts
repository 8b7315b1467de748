/**
 * main.ts's wiring, with a stubbed `electron` module (no Electron binary in
 * `npm test`): window options, navigation / redirect / new-window / webview
 * guards, permission request and check handlers, IPC sender checks, and the
 * single-instance lock.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostCalls } from '../core/host-contract';

const root = fileURLToPath(new URL('../', import.meta.url));

type Listener = (...args: any[]) => unknown;

function makeElectron(opts: { primary: boolean }) {
  const appListeners = new Map<string, Listener[]>();
  const ipc = new Map<string, Listener>();
  const windows: any[] = [];
  let resolveReady: () => void = () => undefined;
  const ready = new Promise<void>((r) => (resolveReady = r));
  const calls = {
    quit: 0,
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
      getAppPath: () => root,
      getPath: () => mkdtempSync(join(tmpdir(), 'userdata-')),
      requestSingleInstanceLock: vi.fn(() => opts.primary),
      quit: () => calls.quit++,
      on: (name: string, fn: Listener) => appListeners.set(name, [...(appListeners.get(name) ?? []), fn]),
      whenReady: () => ready,
    },
    BrowserWindow,
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

async function boot(primary = true) {
  vi.resetModules();
  const e = makeElectron({ primary });
  vi.doMock('electron', () => ({ ...e.electron, default: e.electron }));
  await import('./main');
  e.ready();
  await new Promise((r) => setTimeout(r, 0));
  return e;
}

function fakeContents() {
  const on = new Map<string, Listener>();
  let openHandler: Listener = () => undefined;
  return {
    on: (name: string, fn: Listener) => on.set(name, fn),
    setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    fire(name: string, url?: string) {
      let prevented = false;
      on.get(name)?.({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    },
    open: () => openHandler({ url: 'https://example.com' }),
  };
}

describe('main.ts wiring (stubbed electron)', () => {
  beforeEach(() => vi.doUnmock('electron'));

  it('asks for the single-instance lock; a second instance quits and opens no window', async () => {
    const second = await boot(false);
    expect(second.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(second.calls.quit).toBe(1);
    expect(second.windows).toHaveLength(0);
    expect(second.ipc.size).toBe(0);
  });

  it('opens one locked-down window on app://, and brings it forward on a second start', async () => {
    const e = await boot(true);
    expect(e.calls.quit).toBe(0);
    expect(e.windows).toHaveLength(1);
    const w = e.windows[0];
    expect(w.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(w.options.webPreferences.preload).toBe(join(root, 'dist-electron', 'preload.cjs'));
    expect(w.loaded).toMatch(/^app:\/\/bundle\/index\.html/);
    expect(e.calls.protocols).toEqual(['app']);
    const focus = vi.spyOn(w, 'focus');
    for (const fn of e.appListeners.get('second-instance') ?? []) fn();
    expect(focus).toHaveBeenCalled();
  });

  it('blocks navigation and redirects off app://, new windows and webviews', async () => {
    const e = await boot(true);
    const contents = fakeContents();
    for (const fn of e.appListeners.get('web-contents-created') ?? []) fn({}, contents);
    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-navigate', 'app://bundle/index.html')).toBe(false);
    expect(contents.fire('will-redirect', 'https://evil.example/')).toBe(true);
    expect(contents.fire('will-redirect', 'app://bundle/index.html')).toBe(false);
    expect(contents.fire('will-attach-webview')).toBe(true);
    expect(contents.open()).toEqual({ action: 'deny' });
  });

  it('denies every permission request and check', async () => {
    const e = await boot(true);
    let granted: boolean | undefined;
    e.calls.permissionRequest?.({}, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    for (const p of ['media', 'notifications', 'clipboard-read', 'geolocation'])
      expect(e.calls.permissionCheck?.({}, p, 'app://bundle')).toBe(false);
  });

  it('registers exactly the host calls and answers only the window on app://', async () => {
    const e = await boot(true);
    expect([...e.ipc.keys()].sort()).toEqual(hostCalls.map((c) => `nonstop:${c}`).sort());
    const handler = e.ipc.get('nonstop:card.list')!;
    const w = e.windows[0];
    const untrusted = [
      { sender: { id: 2 }, senderFrame: { url: 'app://bundle/index.html' } },
      { sender: w.webContents, senderFrame: { url: 'https://evil.example/' } },
      { sender: w.webContents, senderFrame: null },
    ];
    for (const event of untrusted)
      expect(await handler(event, null)).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: 'untrusted sender' },
      });
    const ok = (await handler(
      { sender: w.webContents, senderFrame: { url: 'app://bundle/index.html' } },
      null,
    )) as {
      ok: boolean;
      value: { id: string }[];
    };
    expect(ok).toMatchObject({ ok: true });
    expect(ok.value.map((c) => c.id)).toEqual(['expecting-first-child', 'newborn-family']);
  });
});
