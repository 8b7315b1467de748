/**
 * Issue 19 item 13: the BUILT main process (dist-electron/main.mjs, made by the
 * same bundleElectron as `npm run build`) loaded with the stubbed `electron`
 * module, from an app folder that holds only dist-electron/ — as the packaged
 * app does — verifies a municipal document through the trust anchors shipped
 * in dist-electron/trust/ and found through app.getAppPath(). The source tree's
 * fixtures are not beside it, so a path relative to the source would fail.
 * Controls: without the CRL in the app's resources, and with a CRL revoking the
 * municipality's certificate, nothing municipal verifies.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundleElectron } from '../build/scripts/electron-bundle';
import { startMunicipality, type RunningMunicipality } from '../fixtures/municipality/server';
import { KEYS_DIR } from '../fixtures/municipality/identity';
import { loadCa, makeCrl } from '../fixtures/cards/issue';
import { parseCertificatePem } from '../core/signing/x509';
import { makeElectron } from './stub-electron';

const repo = fileURLToPath(new URL('../', import.meta.url));
const app = mkdtempSync(join(tmpdir(), 'nonstop-app-'));
const trustDir = join(app, 'dist-electron', 'trust');
let m: RunningMunicipality;

beforeAll(async () => {
  await bundleElectron(join(app, 'dist-electron'), repo);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({ type: 'module', main: 'dist-electron/main.mjs' }),
  );
  symlinkSync(join(repo, 'node_modules'), join(app, 'node_modules'), 'dir');
  mkdirSync(join(app, 'dist-renderer'), { recursive: true });
  m = await startMunicipality({
    dataDir: mkdtempSync(join(tmpdir(), 'bundle-muni-')),
    caCertificatePem: readFileSync(join(repo, 'fixtures/cards/ca/ca.crt.pem'), 'utf8'),
  });
}, 60_000);
afterAll(async () => {
  await m.close();
  rmSync(app, { recursive: true, force: true });
});

async function bootBundle() {
  vi.resetModules();
  const e = makeElectron({ primary: true, root: app });
  vi.doMock('electron', () => ({ ...e.electron, default: e.electron }));
  process.env['NONSTOP_MUNICIPALITY_URL'] = m.url;
  await import(
    /* @vite-ignore */ `${pathToFileURL(join(app, 'dist-electron', 'main.mjs')).href}?${Math.random()}`
  );
  e.ready();
  await new Promise((r) => setTimeout(r, 0));
  const w = e.windows[0];
  const event = { sender: w.webContents, senderFrame: { url: 'app://bundle/index.html' } };
  return (call: string, arg: unknown) => e.ipc.get(`nonstop:${call}`)!(event, arg) as Promise<any>;
}

describe('the built main process verifies municipal documents with the app’s own trust anchors', () => {
  it('verifies the signed notice feed (the anchor found through the app path)', async () => {
    const call = await bootBundle();
    const feed = await call('notices.fetch', { municipalityCode: '131121' });
    expect(feed).toMatchObject({ ok: true, value: { feed: { municipalityCode: '131121' } } });
    expect(feed.value.feed.notices.length).toBeGreaterThan(0);
  });

  it('control: with the CRL missing from the app’s resources nothing verifies (fails closed)', async () => {
    const crl = readFileSync(join(trustDir, 'lgpki-ca.crl'));
    rmSync(join(trustDir, 'lgpki-ca.crl'));
    try {
      const call = await bootBundle();
      expect(await call('notices.fetch', { municipalityCode: '131121' })).toMatchObject({
        ok: false,
        error: { code: 'municipality-rejected' },
      });
    } finally {
      writeFileSync(join(trustDir, 'lgpki-ca.crl'), crl);
    }
  });

  it('control: a CRL revoking the municipality’s certificate is honoured', async () => {
    const crl = readFileSync(join(trustDir, 'lgpki-ca.crl'));
    const lgpki = loadCa(KEYS_DIR, 'lgpki-ca');
    const serial = parseCertificatePem(readFileSync(join(KEYS_DIR, 'municipality.crt.pem'), 'utf8')).serial;
    writeFileSync(
      join(trustDir, 'lgpki-ca.crl'),
      makeCrl(
        lgpki,
        [{ serial: serial.toString(16), date: new Date(Date.now() - 60_000).toISOString() }],
        new Date(),
      ),
    );
    try {
      const call = await bootBundle();
      const r = await call('notices.fetch', { municipalityCode: '131121' });
      expect(r).toMatchObject({ ok: false, error: { code: 'municipality-rejected' } });
      expect(r.error.message).toMatch(/revoked/);
    } finally {
      writeFileSync(join(trustDir, 'lgpki-ca.crl'), crl);
    }
  });
});
