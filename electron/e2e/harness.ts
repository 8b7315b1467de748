/**
 * The end-to-end harness: the built renderer (dist-renderer/) served on
 * 127.0.0.1, Debian's Chromium driven by playwright-core, the host contract
 * bound to the very same handlers and services the Electron main process
 * uses, and the mock municipality running for real. Only the true edge
 * differs: `window.nonstop` comes from an init script instead of the preload.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { createHandlers } from '../handlers';
import { CONTENT_SECURITY_POLICY } from '../security';
import { SimulatedCardReader } from '../services/card-reader';
import { FixtureLibrary } from '../services/fixtures';
import { NotificationCenter } from '../services/notifications';
import { SystemLockEvents } from '../services/system-lock';
import { ShredKeyStore } from '../services/vault-keys';
import {
  startMunicipality,
  type MunicipalityOptions,
  type RunningMunicipality,
} from '../../fixtures/municipality/server';
import { hostCalls, type HostCall } from '../../core/host-contract';
import { startProvider, type ProviderOptions, type RunningProvider } from '../../fixtures/provider/server';

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

function serveStatic(dir: string): Promise<{ server: Server; url: string }> {
  const root = normalize(dir);
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(root, decodeURIComponent(path === '/' ? '/index.html' : path)));
    if (!file.startsWith(root + sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

export interface Harness {
  page: Page;
  context: BrowserContext;
  appUrl: string;
  /** The built renderer the harness serves (its assets tell the app's own code from a leak on disk). */
  rendererDir: string;
  profileDir: string;
  municipality: RunningMunicipality;
  municipalityDataDir: string;
  caPem: string;
  /** Stands in for Electron's powerMonitor: `systemLock.emit('suspend')`. */
  systemLock: SystemLockEvents;
  /** The vault's key files (userData/vault-keys in the app). */
  vaultKeysDir: string;
  /** Stands in for Electron's Notification: `notifications.shown` lists them, `notifications.click(id)` clicks one. */
  notifications: NotificationCenter;
  /** Every request the mock municipality received (method, path, headers, body), to inspect what was sent. */
  municipalityRequests: Parameters<NonNullable<MunicipalityOptions['onRequest']>>[0][];
  /** The mock private provider (民間サービス, issue 21), running for real, and every request it received. */
  provider: RunningProvider;
  providerDataDir: string;
  providerRequests: Parameters<NonNullable<ProviderOptions['onRequest']>>[0][];
  close(): Promise<void>;
}

export async function startHarness(
  repoRoot: string,
  /** e.g. another resident register for the mock municipality */
  municipalityOptions: Pick<MunicipalityOptions, 'residents' | 'notices'> = {},
): Promise<Harness> {
  const work = mkdtempSync(join(tmpdir(), 'nonstop-e2e-'));
  const profileDir = join(work, 'chromium-profile');
  const municipalityDataDir = join(work, 'municipality');
  const caPem = readFileSync(join(repoRoot, 'fixtures/cards/ca/ca.crt.pem'), 'utf8');
  const crlPath = join(repoRoot, 'fixtures/cards/ca/ca.crl');
  const municipalityRequests: Harness['municipalityRequests'] = [];
  const municipality = await startMunicipality({
    ...municipalityOptions,
    onRequest: (r) => municipalityRequests.push(r),
    dataDir: municipalityDataDir,
    caCertificatePem: caPem,
    crl: () => new Uint8Array(readFileSync(crlPath)),
  });
  const providerRequests: Harness['providerRequests'] = [];
  const provider = await startProvider({
    dataDir: join(work, 'provider'),
    onRequest: (r) => providerRequests.push(r),
  });
  const systemLock = new SystemLockEvents();
  const notifications = new NotificationCenter({ supported: () => true, show: () => undefined });
  const handlers = createHandlers({
    systemLock,
    shredKeys: new ShredKeyStore(join(work, 'vault-keys')),
    notifications,
    fixtures: new FixtureLibrary(join(repoRoot, 'fixtures/households')),
    cards: new SimulatedCardReader(join(repoRoot, 'fixtures/cards'), join(work, 'card-state')),
    municipalityUrl: municipality.url,
    providerUrl: provider.url,
    now: () => new Date(),
  });
  // NONSTOP_RENDERER_DIR: a private build, so parallel builds of dist-renderer/ do not collide
  const rendererDir = process.env['NONSTOP_RENDERER_DIR'] ?? join(repoRoot, 'dist-renderer');
  const { server, url: appUrl } = await serveStatic(rendererDir);

  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1280, height: 900 },
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  await context.exposeBinding('__nonstopHost', async (_source, call: HostCall, arg: unknown) => {
    if (process.env['NONSTOP_E2E_DEBUG']) console.log('[host]', call);
    const r = await handlers[call](arg);
    if (process.env['NONSTOP_E2E_DEBUG']) console.log('[host] done', call, r.ok);
    return r;
  });
  await context.addInitScript((calls: string[]) => {
    const w = globalThis as unknown as {
      __nonstopHost: (c: string, a: unknown) => Promise<unknown>;
      nonstop: unknown;
    };
    w.nonstop = Object.freeze(
      Object.fromEntries(calls.map((c) => [c, (arg: unknown) => w.__nonstopHost(c, arg)])),
    );
  }, hostCalls);
  const page = context.pages()[0] ?? (await context.newPage());

  return {
    page,
    context,
    appUrl,
    rendererDir,
    profileDir,
    municipality,
    municipalityDataDir,
    caPem,
    systemLock,
    vaultKeysDir: join(work, 'vault-keys'),
    notifications,
    municipalityRequests,
    provider,
    providerDataDir: join(work, 'provider'),
    providerRequests,
    async close() {
      await context.close().catch(() => undefined);
      await municipality.close();
      await provider.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
