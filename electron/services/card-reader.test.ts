import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { verifyDetached } from '../../core/signing/cms';
import { opensslVerifiesDetachedCms } from '../e2e/openssl';
import { CardError, SimulatedCardReader } from './card-reader';

const cardsDir = fileURLToPath(new URL('../../fixtures/cards/', import.meta.url));
const caPem = execFileSync('cat', [join(cardsDir, 'ca/ca.crt.pem')]).toString();
const content = new TextEncoder().encode('{"a":"佐藤"}\n{"b":"two lines: openssl needs -binary"}');
const now = new Date();

function reader() {
  return new SimulatedCardReader(cardsDir, mkdtempSync(join(tmpdir(), 'card-state-')));
}

function wrongPin(r: SimulatedCardReader): CardError {
  try {
    r.sign('newborn-family', '0000', content, now);
  } catch (e) {
    return e as CardError;
  }
  throw new Error('a wrong PIN signed');
}

describe('simulated card reader', () => {
  it('lists the fixture cards with their holders', () => {
    expect(
      reader()
        .list()
        .map((c) => [c.id, c.holder, c.triesLeft]),
    ).toEqual([
      ['expecting-first-child', '鈴木 由美', 3],
      ['newborn-family', '佐藤 健太', 3],
    ]);
  });

  it('counts wrong PINs down, locks on the third, and then refuses even the right PIN', () => {
    const r = reader();
    expect(wrongPin(r)).toMatchObject({ code: 'wrong-pin', triesLeft: 2 });
    expect(wrongPin(r)).toMatchObject({ code: 'wrong-pin', triesLeft: 1 });
    expect(wrongPin(r)).toMatchObject({ code: 'card-locked', triesLeft: 0 });
    expect(() => r.sign('newborn-family', '1234', content, now)).toThrow(/locked/);
    expect(r.list().find((c) => c.id === 'newborn-family')?.locked).toBe(true);
  });

  it('resets the counter after a right PIN', () => {
    const r = reader();
    wrongPin(r);
    r.sign('newborn-family', '1234', content, now);
    expect(r.list().find((c) => c.id === 'newborn-family')?.triesLeft).toBe(3);
  });

  it('keeps the counter across restarts (a new reader on the same state)', () => {
    const state = mkdtempSync(join(tmpdir(), 'card-state-'));
    wrongPin(new SimulatedCardReader(cardsDir, state));
    expect(
      new SimulatedCardReader(cardsDir, state).list().find((c) => c.id === 'newborn-family')?.triesLeft,
    ).toBe(2);
  });

  it('fails closed on a damaged counter', () => {
    const state = mkdtempSync(join(tmpdir(), 'card-state-'));
    writeFileSync(join(state, 'newborn-family.json'), '{"triesLeft": "lots"}');
    expect(() =>
      new SimulatedCardReader(cardsDir, state).sign('newborn-family', '1234', content, now),
    ).toThrow(/locked/);
  });

  it('refuses unknown or path-like card ids', () => {
    expect(() => reader().sign('../ca', '1234', content, now)).toThrow(CardError);
    expect(() => reader().sign('nobody', '1234', content, now)).toThrow(/no card/);
  });

  it('signs a detached CMS that core verifies and OpenSSL accepts', () => {
    const sig = reader().sign('newborn-family', '1234', content, now);
    const v = verifyDetached(sig, content, caPem, now);
    expect(v).toMatchObject({ ok: true, signer: { commonName: '佐藤 健太' } });
    expect(opensslVerifiesDetachedCms(sig, content, caPem)).toBe(true);
    expect(opensslVerifiesDetachedCms(sig, new TextEncoder().encode('other'), caPem)).toBe(false);
  });

  it('core rejects tampered content, a foreign CA and garbage', () => {
    const sig = reader().sign('newborn-family', '1234', content, now);
    const tampered = new Uint8Array(content);
    tampered[3] = (tampered[3] ?? 0) ^ 1;
    expect(verifyDetached(sig, tampered, caPem, now)).toMatchObject({ ok: false, reason: 'digest-mismatch' });
    const flipped = new Uint8Array(sig);
    flipped[flipped.length - 10] = (flipped[flipped.length - 10] ?? 0) ^ 1;
    expect(verifyDetached(flipped, content, caPem, now)).toMatchObject({ ok: false });
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
      reason: 'untrusted-certificate',
    });
  });

  it('copies of a card folder work from anywhere (no absolute paths inside)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cards-'));
    cpSync(cardsDir, dir, { recursive: true });
    expect(new SimulatedCardReader(dir, mkdtempSync(join(tmpdir(), 's-'))).list()).toHaveLength(2);
  });
});
