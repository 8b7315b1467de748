/**
 * Issue 19 items 2 and 10, through the host calls themselves (what a console
 * on the lock screen would call): destroying and revealing calls need the
 * unlocked session main holds, opened only with the profile's capability
 * (derived from its data key); card sessions are bound to that session,
 * forgotten on lock and on a switch of profile, and logout revokes the token.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers';
import { SimulatedCardReader } from './services/card-reader';
import { FixtureLibrary } from './services/fixtures';
import { ShredKeyStore } from './services/vault-keys';
import { hostCapability, hostVerifier } from '../core/vault/crypto';
import { toBase64 } from '../core/encoding/bytes';
import { startMunicipality, type RunningMunicipality } from '../fixtures/municipality/server';
import newborn from '../fixtures/households/newborn-family.json';

const root = fileURLToPath(new URL('../', import.meta.url));
const A = 'a'.repeat(32);
const B = 'b'.repeat(32);
const ANCHOR = `nonstop-anchor/1.3.${'A'.repeat(43)}=`;
const dekA = crypto.getRandomValues(new Uint8Array(32));
const dekB = crypto.getRandomValues(new Uint8Array(32));
let m: RunningMunicipality;
let keysDir = '';
let h: ReturnType<typeof createHandlers>;

const capability = async (dek: Uint8Array, id: string) => toBase64(await hostCapability(dek, id));
const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code);
const sessionRows = () =>
  m.store.db.prepare<{ n: number }>('SELECT COUNT(*) AS n FROM sessions').get()?.n ?? 0;

beforeAll(async () => {
  m = await startMunicipality({
    dataDir: mkdtempSync(join(tmpdir(), 'hs-')),
    caCertificatePem: readFileSync(join(root, 'fixtures/cards/ca/ca.crt.pem'), 'utf8'),
  });
  keysDir = mkdtempSync(join(tmpdir(), 'hs-keys-'));
  h = createHandlers({
    fixtures: new FixtureLibrary(join(root, 'fixtures/households')),
    cards: new SimulatedCardReader(join(root, 'fixtures/cards'), mkdtempSync(join(tmpdir(), 'hs-cards-'))),
    municipalityUrl: m.url,
    now: () => new Date(),
    shredKeys: new ShredKeyStore(keysDir),
  });
  for (const [id, dek] of [
    [A, dekA],
    [B, dekB],
  ] as const) {
    const made = await h['vault.shredKey.create']({
      profile: id,
      verifier: await hostVerifier(await hostCapability(dek, id)),
    });
    expect(made.ok).toBe(true);
  }
});
afterAll(() => m.close());

describe('item 2: from the lock screen nothing destroys or reveals', () => {
  it('locked: delete, anchor read and write are refused; the key file stays', async () => {
    await h['vault.session.close'](null);
    expect(code(await h['vault.shredKey.delete']({ profile: A }))).toBe('locked');
    expect(code(await h['vault.anchor.get']({ profile: A }))).toBe('locked');
    expect(code(await h['vault.anchor.put']({ profile: A, anchor: ANCHOR }))).toBe('locked');
    expect(existsSync(join(keysDir, `${A}.key`))).toBe(true);
  });

  it('a made-up or another profile’s capability opens nothing; a guest reaches no profile', async () => {
    const forged = toBase64(crypto.getRandomValues(new Uint8Array(32)));
    expect(code(await h['vault.session.open']({ profile: A, capability: forged }))).toBe('locked');
    expect(code(await h['vault.session.open']({ profile: A, capability: await capability(dekB, B) }))).toBe(
      'locked',
    );
    expect(code(await h['vault.shredKey.delete']({ profile: A }))).toBe('locked');
    await h['vault.session.open']({ guest: true });
    expect(code(await h['vault.shredKey.delete']({ profile: A }))).toBe('locked');
    // B unlocked cannot touch A
    expect(code(await h['vault.session.open']({ profile: B, capability: await capability(dekB, B) }))).toBe(
      'ok',
    );
    expect(code(await h['vault.anchor.put']({ profile: A, anchor: ANCHOR }))).toBe('locked');
    expect(code(await h['vault.shredKey.delete']({ profile: A }))).toBe('locked');
    expect(existsSync(join(keysDir, `${A}.key`))).toBe(true);
  });

  it('control: the unlocked profile reads and writes its anchor and deletes its key file; then the session is gone', async () => {
    expect(code(await h['vault.session.open']({ profile: A, capability: await capability(dekA, A) }))).toBe(
      'ok',
    );
    expect(code(await h['vault.anchor.put']({ profile: A, anchor: ANCHOR }))).toBe('ok');
    expect(await h['vault.anchor.get']({ profile: A })).toEqual({ ok: true, value: { anchor: ANCHOR } });
    expect(code(await h['vault.shredKey.delete']({ profile: A }))).toBe('ok');
    expect(existsSync(join(keysDir, `${A}.key`))).toBe(false);
    expect(existsSync(join(keysDir, `${A}.cap`))).toBe(false);
    expect(code(await h['vault.anchor.get']({ profile: A }))).toBe('locked');
  });
});

describe('item 10: card sessions belong to the unlocked profile', () => {
  it('another profile, a lock or a logout leaves no card session; logout revokes the token', async () => {
    const sent = await h['application.submit']({
      household: newborn,
      child: 'haruto',
      on: '2026-11-21',
      card: 'newborn-family',
      pin: 'SATO1234',
    });
    if (!sent.ok) throw new Error(sent.error.message);
    const receiptId = sent.value.receiptId;
    const status = () => h['case.status']({ card: 'newborn-family', receiptId });
    const openB = async () => h['vault.session.open']({ profile: B, capability: await capability(dekB, B) });

    // locked: no login at all
    await h['vault.session.close'](null);
    expect(code(await h['municipality.login']({ card: 'newborn-family', pin: '1234' }))).toBe(
      'login-required',
    );

    await openB();
    expect(code(await h['municipality.login']({ card: 'newborn-family', pin: '1234' }))).toBe('ok');
    expect(code(await status())).toBe('ok'); // control
    const live = sessionRows();

    // a guest on the same terminal: nothing without the PIN
    await h['vault.session.open']({ guest: true });
    expect(code(await status())).toBe('login-required');
    await new Promise((r) => setTimeout(r, 200)); // the revocation is sent in the background
    expect(sessionRows()).toBe(live - 1);

    // B again: its old login ended with its session
    await openB();
    expect(code(await status())).toBe('login-required');

    // logout: the token is revoked at the municipality at once
    expect(code(await h['municipality.login']({ card: 'newborn-family', pin: '1234' }))).toBe('ok');
    expect(sessionRows()).toBe(live);
    expect(await h['municipality.logout']({ card: 'newborn-family' })).toEqual({
      ok: true,
      value: { card: 'newborn-family', loggedOut: true },
    });
    expect(sessionRows()).toBe(live - 1);
    expect(code(await status())).toBe('login-required');
  });
});
