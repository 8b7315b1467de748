/**
 * main.ts's wiring, with a stubbed `electron` module (no Electron binary in
 * `npm test`): window options, navigation / redirect / new-window / webview
 * guards, permission request and check handlers, IPC sender checks, and the
 * single-instance lock.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { hostCalls } from '../core/host-contract';
import { makeElectron, type Listener } from './stub-electron';

const root = fileURLToPath(new URL('../', import.meta.url));

async function boot(primary = true) {
  vi.resetModules();
  const e = makeElectron({ primary, root });
  vi.doMock('electron', () => ({ ...e.electron, default: e.electron }));
  await import('./main');
  e.ready();
  await new Promise((r) => setTimeout(r, 0));
  return e;
}

function fakeContents() {
  const on = new Map<string, Listener>();
  let closed = 0;
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
    closeDevTools: () => closed++,
    get devToolsClosed() {
      return closed;
    },
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

  it('issue 19: no menu and no DevTools outside tester/development mode; both in tester mode', async () => {
    const saved = {
      argv: process.argv,
      tester: process.env['NONSTOP_TESTER'],
      dev: process.env['NONSTOP_DEV'],
    };
    delete process.env['NONSTOP_TESTER'];
    delete process.env['NONSTOP_DEV'];
    try {
      const e = await boot(true);
      expect(e.calls.menu).toBeNull(); // Menu.setApplicationMenu(null): no "Toggle Developer Tools"
      expect(e.windows[0].options.webPreferences.devTools).toBe(false);
      const contents = fakeContents();
      for (const fn of e.appListeners.get('web-contents-created') ?? []) fn({}, contents);
      contents.fire('devtools-opened');
      expect(contents.devToolsClosed).toBe(1);

      process.env['NONSTOP_TESTER'] = '1';
      const t = await boot(true);
      expect(t.calls.menu).toBeUndefined(); // the default menu stays
      expect(t.windows[0].options.webPreferences.devTools).toBe(true);
      const tc = fakeContents();
      for (const fn of t.appListeners.get('web-contents-created') ?? []) fn({}, tc);
      tc.fire('devtools-opened');
      expect(tc.devToolsClosed).toBe(0);
    } finally {
      process.argv = saved.argv;
      if (saved.tester === undefined) delete process.env['NONSTOP_TESTER'];
      else process.env['NONSTOP_TESTER'] = saved.tester;
      if (saved.dev !== undefined) process.env['NONSTOP_DEV'] = saved.dev;
    }
  });

  it('issue 19: from the lock screen, the window’s own calls cannot delete a key file or read an anchor', async () => {
    const e = await boot(true);
    const w = e.windows[0];
    const event = { sender: w.webContents, senderFrame: { url: 'app://bundle/index.html' } };
    const profile = 'c'.repeat(32);
    const created = (await e.ipc.get('nonstop:vault.shredKey.create')!(event, { profile })) as {
      ok: boolean;
    };
    expect(created.ok).toBe(true);
    for (const [call, arg] of [
      ['vault.shredKey.delete', { profile }],
      ['vault.anchor.get', { profile }],
      ['vault.anchor.put', { profile, anchor: `nonstop-anchor/1.1.${'A'.repeat(43)}=` }],
    ] as const)
      expect(await e.ipc.get(`nonstop:${call}`)!(event, arg)).toMatchObject({
        ok: false,
        error: { code: 'locked' },
      });
    // a guest session opened from the console reaches no profile either
    await e.ipc.get('nonstop:vault.session.open')!(event, { guest: true });
    expect(await e.ipc.get('nonstop:vault.shredKey.delete')!(event, { profile })).toMatchObject({
      ok: false,
      error: { code: 'locked' },
    });
  });
});
