/**
 * The main process: only wiring. Window and security settings
 * (security-notes: contextIsolation, sandbox, no nodeIntegration, CSP,
 * navigation and new windows blocked, permissions denied, a custom protocol
 * instead of file://), and IPC handlers that check the sender before calling
 * the plain-Node services through `createHandlers`.
 */
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  net,
  Notification,
  powerMonitor,
  protocol,
  session,
  type IpcMainInvokeEvent,
} from 'electron';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createHandlers } from './handlers';
import { hostCalls } from '../core/host-contract';
import { SimulatedCardReader } from './services/card-reader';
import { FixtureLibrary } from './services/fixtures';
import { DEFAULT_MUNICIPALITY_URL } from './services/municipality-client';
import { DEFAULT_PROVIDER_URL } from './services/provider-client';
import { SystemLockEvents } from './services/system-lock';
import { warmUpFonts } from './services/forms';
import { ShredKeyStore } from './services/vault-keys';
import { NotificationCenter } from './services/notifications';
import { CONTENT_SECURITY_POLICY, isAppUrl, APP_ORIGIN } from './security';
import { HostSession } from './services/host-session';
import { municipalTrust } from './services/municipal-trust';

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

// One instance only: two windows must never share the card reader's counters or the vault.
// A second start hands over to the first (which comes forward) and quits.
const primaryInstance = app.requestSingleInstanceLock();
if (!primaryInstance) app.quit();
app.on('second-instance', () => {
  if (!mainWindow) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
});

const root = app.getAppPath();
const rendererDir = join(root, 'dist-renderer');
let mainWindow: BrowserWindow | null = null;

// Tester mode (the 基準日 clock, fixtures): `--tester` or NONSTOP_TESTER=1. Development: NONSTOP_DEV=1.
// Outside both there is no menu and no DevTools (issue 19 item 2): on a shared terminal the
// default menu's "Toggle Developer Tools" was a console on the lock screen.
const tester = process.argv.includes('--tester') || process.env['NONSTOP_TESTER'] === '1';
const devTools = tester || process.env['NONSTOP_DEV'] === '1';

function serveRenderer(): void {
  protocol.handle('app', async (request) => {
    const { pathname } = new URL(request.url);
    const file = normalize(
      join(rendererDir, decodeURIComponent(pathname === '/' ? '/index.html' : pathname)),
    );
    if (!file.startsWith(rendererDir + sep)) return new Response('forbidden', { status: 403 });
    const res = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(res.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    return new Response(res.body, { status: res.status, headers });
  });
}

const liveNotifications = new Set<Notification>();

function wireHost(): void {
  // The vault locks when the OS sleeps or locks its screen (issue 11).
  const systemLock = new SystemLockEvents();
  powerMonitor.on('suspend', () => systemLock.emit('suspend'));
  powerMonitor.on('lock-screen', () => systemLock.emit('lock-screen'));
  // Reminders as OS notifications; a click brings the window forward and opens the item (issue 9).
  const notifications = new NotificationCenter({
    supported: () => Notification.isSupported(),
    show: (n, onClick) => {
      const shown = new Notification({ title: n.title, body: n.body, silent: false });
      // held until clicked or closed: a collected Notification loses its click handler
      liveNotifications.add(shown);
      shown.on('close', () => liveNotifications.delete(shown));
      shown.on('click', () => {
        liveNotifications.delete(shown);
        mainWindow?.show();
        mainWindow?.focus();
        onClick();
      });
      shown.show();
    },
  });
  const shredKeys = new ShredKeyStore(join(app.getPath('userData'), 'vault-keys'));
  const handlers = createHandlers({
    systemLock,
    shredKeys,
    // the unlocked session: destroying and revealing calls and card logins need it (issue 19)
    hostSession: new HostSession(shredKeys),
    // municipal documents: the LGPKI CA and its CRL, shipped in the app (dist-electron/trust)
    municipalTrust: municipalTrust(join(root, 'dist-electron', 'trust')),
    notifications,
    fixtures: new FixtureLibrary(join(root, 'fixtures', 'households')),
    cards: new SimulatedCardReader(
      join(root, 'fixtures', 'cards'),
      join(app.getPath('userData'), 'card-state'),
    ),
    municipalityUrl: process.env['NONSTOP_MUNICIPALITY_URL'] ?? DEFAULT_MUNICIPALITY_URL,
    providerUrl: process.env['NONSTOP_PROVIDER_URL'] ?? DEFAULT_PROVIDER_URL,
    now: () => new Date(),
  });
  const trusted = (event: IpcMainInvokeEvent) =>
    mainWindow !== null && event.sender === mainWindow.webContents && isAppUrl(event.senderFrame?.url ?? '');
  for (const call of hostCalls) {
    ipcMain.handle(`nonstop:${call}`, (event, arg: unknown) => {
      if (!trusted(event))
        return { ok: false, error: { code: 'invalid-argument', message: 'untrusted sender' } };
      return handlers[call](arg);
    });
  }
}

function createWindow(): void {
  mainWindow = new BrowserWindow({
    width: 1280,
    height: 860,
    // every screen is laid out down to 800×600 (issue 9)
    minWidth: 800,
    minHeight: 600,
    title: '子育てノンストップ',
    webPreferences: {
      preload: join(root, 'dist-electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      devTools,
    },
  });
  mainWindow.on('closed', () => (mainWindow = null));
  void mainWindow.loadURL(`${APP_ORIGIN}/index.html${tester ? '?tester=1' : ''}`);
}

app.on('web-contents-created', (_event, contents) => {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  // a server redirect is a navigation too
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // belt and braces with webPreferences.devTools: DevTools opened any other way are closed again
  if (!devTools) contents.on('devtools-opened', () => contents.closeDevTools());
});

void app.whenReady().then(() => {
  if (!primaryInstance) return;
  // no application menu (its View menu offers DevTools and reload) outside tester/development mode
  if (!devTools) Menu.setApplicationMenu(null);
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  // permission *checks* (navigator.permissions, feature probes) are refused too, not only requests
  session.defaultSession.setPermissionCheckHandler(() => false);
  serveRenderer();
  wireHost();
  createWindow();
  // The font and the PDF code warmed in the background: the first form opens as fast as the next.
  void warmUpFonts().catch((e: unknown) => console.error('[forms] warm-up failed', e));
});

app.on('window-all-closed', () => app.quit());
