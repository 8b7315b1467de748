import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { verifyDetached } from '../../core/signing/cms';
import { parseCertificate } from '../../core/signing/x509';
import { opensslVerifiesDetachedCms } from '../e2e/openssl';
import { CardError, SimulatedCardReader } from './card-reader';

const cardsDir = fileURLToPath(new URL('../../fixtures/cards/', import.meta.url));
const caPem = readFileSync(join(cardsDir, 'ca/ca.crt.pem'), 'utf8');
const content = new TextEncoder().encode('{"a":"佐藤"}\n{"b":"two lines: openssl needs -binary"}');
const now = new Date();

function reader(state = mkdtempSync(join(tmpdir(), 'card-state-'))) {
  return new SimulatedCardReader(cardsDir, state);
}

function attempt(fn: () => unknown): CardError | 'ok' {
  try {
    fn();
    return 'ok';
  } catch (e) {
    if (e instanceof CardError) return e;
    throw e;
  }
}

const card = (r: SimulatedCardReader, id = 'newborn-family') => r.list().find((c) => c.id === id)!;

describe('simulated card reader (JPKI: 利用者証明用 + 署名用)', () => {
  it('lists the fixture cards with their holders and both counters', () => {
    expect(
      reader()
        .list()
        .map((c) => [c.id, c.holder, c.auth.triesLeft, c.signing.triesLeft]),
    ).toEqual([
      ['expecting-first-child', '鈴木 由美', 3, 5],
      ['newborn-family', '佐藤 健太', 3, 5],
    ]);
  });

  it('the 利用者証明用 certificate carries no name or address; the 署名用 one carries the 基本4情報', () => {
    const r = reader();
    const auth = r.certificatePem('newborn-family', 'auth');
    const text = execFileSync('openssl', ['x509', '-noout', '-text'], { input: auth }).toString();
    expect(text).not.toMatch(/佐藤|\\E4\\BD\\90|世田谷|Alternative Name/);
    expect(text).toContain('TLS Web Client Authentication');
    const signing = execFileSync('openssl', ['x509', '-noout', '-text'], {
      input: r.certificatePem('newborn-family', 'signing'),
    }).toString();
    expect(signing).toContain('1991-06-03');
    expect(signing).toContain('Non Repudiation');
  });

  it('4-digit PIN, 3 tries for login; the right PIN then refused', () => {
    const r = reader();
    const msg = new TextEncoder().encode('challenge');
    expect(attempt(() => r.authenticate('newborn-family', '0000', msg))).toMatchObject({
      code: 'wrong-pin',
      triesLeft: 2,
    });
    expect(attempt(() => r.authenticate('newborn-family', '0001', msg))).toMatchObject({
      code: 'wrong-pin',
      triesLeft: 1,
    });
    expect(attempt(() => r.authenticate('newborn-family', '0002', msg))).toMatchObject({
      code: 'card-locked',
    });
    expect(attempt(() => r.authenticate('newborn-family', '1234', msg))).toMatchObject({
      code: 'card-locked',
    });
    // the 署名用 key has its own counter
    expect(card(r).signing.triesLeft).toBe(5);
    expect(attempt(() => r.sign('newborn-family', 'SATO1234', content, now))).toBe('ok');
  });

  it('署名用 password: 6–16 A–Z/0–9 with a letter and a digit, 5 tries', () => {
    const r = reader();
    // the wrong shape never reaches the card and is not counted
    for (const bad of ['1234', 'SATO', 'sato1234', 'SATOKENTA', '12345678', 'A1'.repeat(9)])
      expect(attempt(() => r.sign('newborn-family', bad, content, now))).toMatchObject({
        code: 'invalid-pin',
      });
    expect(card(r).signing.triesLeft).toBe(5);
    for (let i = 4; i >= 1; i--)
      expect(attempt(() => r.sign('newborn-family', `WRONG${i}`, content, now))).toMatchObject({
        triesLeft: i,
      });
    expect(attempt(() => r.sign('newborn-family', 'WRONG0', content, now))).toMatchObject({
      code: 'card-locked',
    });
    expect(attempt(() => r.sign('newborn-family', 'SATO1234', content, now))).toMatchObject({
      code: 'card-locked',
    });
    expect(card(r)).toMatchObject({ locked: true, signing: { locked: true }, auth: { locked: false } });
    r.reset('newborn-family', 'signing');
    expect(attempt(() => r.sign('newborn-family', 'SATO1234', content, now))).toBe('ok');
  });

  it('a right PIN gives back the tries; the counter survives a new reader (restart)', () => {
    const state = mkdtempSync(join(tmpdir(), 'card-state-'));
    attempt(() => reader(state).sign('newborn-family', 'WRONG1', content, now));
    expect(card(reader(state)).signing.triesLeft).toBe(4);
    reader(state).sign('newborn-family', 'SATO1234', content, now);
    expect(card(reader(state)).signing.triesLeft).toBe(5);
  });

  it('every attempt is counted whatever the key decoder does (a key that makes it throw)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    cpSync(cardsDir, dir, { recursive: true });
    const path = join(dir, 'newborn-family', 'card.json');
    const c = JSON.parse(readFileSync(path, 'utf8'));
    c.auth.encryptedPrivateKeyPem =
      '-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIBAAAA\n-----END ENCRYPTED PRIVATE KEY-----\n';
    writeFileSync(path, JSON.stringify(c));
    const r = new SimulatedCardReader(dir, mkdtempSync(join(tmpdir(), 's-')));
    const msg = new Uint8Array([1]);
    expect(attempt(() => r.authenticate('newborn-family', '1234', msg))).toMatchObject({ triesLeft: 2 });
    expect(attempt(() => r.authenticate('newborn-family', '1234', msg))).toMatchObject({ triesLeft: 1 });
    expect(attempt(() => r.authenticate('newborn-family', '1234', msg))).toMatchObject({
      code: 'card-locked',
    });
  });

  it('many wrong PINs: each one costs exactly one try', () => {
    const r = reader();
    const msg = new Uint8Array([2]);
    for (let i = 0; i < 60; i++) {
      const pin = String(1235 + i * 137).slice(-4);
      if (pin === '1234') continue;
      const before = card(r).auth.triesLeft;
      const e = attempt(() => r.authenticate('newborn-family', pin, msg));
      expect(e).not.toBe('ok');
      expect(card(r).auth.triesLeft).toBe(before - 1);
      if (card(r).auth.triesLeft === 1) r.reset('newborn-family', 'auth');
    }
  });

  it('a damaged state file locks that card only, and the reset repairs it', () => {
    const state = mkdtempSync(join(tmpdir(), 'card-state-'));
    writeFileSync(join(state, 'newborn-family.json'), 'not json at all');
    const r = reader(state);
    expect(r.list().map((c) => [c.id, c.locked])).toEqual([
      ['expecting-first-child', false],
      ['newborn-family', true],
    ]);
    expect(attempt(() => r.sign('newborn-family', 'SATO1234', content, now))).toMatchObject({
      code: 'card-locked',
    });
    expect(attempt(() => r.sign('expecting-first-child', 'SUZUKI2580', content, now))).toBe('ok');
    writeFileSync(join(state, 'newborn-family.json'), '{"auth":{"triesLeft":"lots"}}');
    expect(card(r).auth.locked).toBe(true);
    r.reset('newborn-family');
    expect(card(r)).toMatchObject({ auth: { triesLeft: 3 }, signing: { triesLeft: 5 } });
  });

  it('12 processes racing wrong PINs on one state folder: 3 are tried, 9 refused, then the right PIN too', async () => {
    const state = mkdtempSync(join(tmpdir(), 'card-race-'));
    const script = join(mkdtempSync(join(tmpdir(), 'race-')), 'try.ts');
    writeFileSync(
      script,
      `import { SimulatedCardReader } from ${JSON.stringify(fileURLToPath(new URL('./card-reader.ts', import.meta.url)))};
const r = new SimulatedCardReader(${JSON.stringify(cardsDir)}, ${JSON.stringify(state)});
try { r.authenticate('newborn-family', process.argv[2], new Uint8Array([1])); console.log('signed'); }
catch (e) { console.log(e.code === 'card-locked' && /now locked/.test(e.message) ? 'tried' : e.code === 'wrong-pin' ? 'tried' : 'refused:' + e.code); }`,
    );
    const run = promisify(execFile);
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => run(tsx, [script, String(5000 + i)]).then((o) => o.stdout.trim())),
    );
    expect(results.filter((x) => x === 'tried')).toHaveLength(3);
    expect(results.filter((x) => x === 'refused:card-locked')).toHaveLength(9);
    expect(
      attempt(() => reader(state).authenticate('newborn-family', '1234', new Uint8Array([1]))),
    ).toMatchObject({
      code: 'card-locked',
    });
  }, 120_000);

  it('refuses unknown or path-like card ids', () => {
    expect(() => reader().sign('../ca', 'SATO1234', content, now)).toThrow(CardError);
    expect(() => reader().sign('nobody', 'SATO1234', content, now)).toThrow(/no card/);
  });

  it('signs a detached CMS that core verifies and OpenSSL accepts; the login signature verifies with the auth certificate', () => {
    const r = reader();
    const sig = r.sign('newborn-family', 'SATO1234', content, now);
    expect(verifyDetached(sig, content, caPem, now)).toMatchObject({
      ok: true,
      signer: { commonName: '佐藤 健太' },
    });
    expect(opensslVerifiesDetachedCms(sig, content, caPem)).toBe(true);
    expect(opensslVerifiesDetachedCms(sig, new TextEncoder().encode('other'), caPem)).toBe(false);
    const { certificate, signature } = r.authenticate('newborn-family', '1234', content);
    const dir = mkdtempSync(join(tmpdir(), 'auth-'));
    writeFileSync(join(dir, 'c.der'), certificate);
    writeFileSync(join(dir, 'sig'), signature);
    writeFileSync(join(dir, 'msg'), content);
    const pub = execFileSync('openssl', [
      'x509',
      '-inform',
      'DER',
      '-in',
      join(dir, 'c.der'),
      '-pubkey',
      '-noout',
    ]);
    writeFileSync(join(dir, 'pub.pem'), pub);
    expect(
      execFileSync('openssl', [
        'dgst',
        '-sha256',
        '-verify',
        join(dir, 'pub.pem'),
        '-signature',
        join(dir, 'sig'),
        join(dir, 'msg'),
      ]).toString(),
    ).toContain('Verified OK');
    expect(parseCertificate(certificate).subject.commonName).toMatch(/^[0-9A-F]{32}$/);
  });

  it('core rejects tampered content, a foreign CA, garbage and an expired certificate', () => {
    const sig = reader().sign('newborn-family', 'SATO1234', content, now);
    const tampered = new Uint8Array(content);
    tampered[3] = (tampered[3] ?? 0) ^ 1;
    expect(verifyDetached(sig, tampered, caPem, now)).toMatchObject({ ok: false, reason: 'digest-mismatch' });
    const otherCa = execFileSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      '/dev/null',
      '-subj',
      '/CN=Other CA',
      '-days',
      '2',
      '-addext',
      'basicConstraints=critical,CA:TRUE',
      '-addext',
      'keyUsage=critical,keyCertSign,cRLSign',
    ]).toString();
    expect(verifyDetached(sig, content, otherCa, now)).toMatchObject({
      ok: false,
      reason: 'untrusted-certificate',
    });
    expect(verifyDetached(new Uint8Array([1, 2, 3]), content, caPem, now)).toMatchObject({
      ok: false,
      reason: 'malformed',
    });
    // After the certificate's validity (fixture cards end 2031-01-01)
    expect(verifyDetached(sig, content, caPem, new Date('2031-06-01'))).toMatchObject({
      ok: false,
      reason: 'expired',
    });
  });

  it('copies of a card folder work from anywhere (no absolute paths inside)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    cpSync(cardsDir, dir, { recursive: true });
    expect(new SimulatedCardReader(dir, mkdtempSync(join(tmpdir(), 's-'))).list()).toHaveLength(2);
  });
});
