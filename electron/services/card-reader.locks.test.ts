/**
 * Issue 19 item 12: a lock file that no operation holds must not leave a card
 * busy for ever, and `cards reset` clears it. Each attack has its control: a
 * lock in real use (fresh, its process alive) is still respected.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CardError, SimulatedCardReader, staleLockReason } from './card-reader';

const cardsDir = fileURLToPath(new URL('../../fixtures/cards/', import.meta.url));
const challenge = new TextEncoder().encode('challenge');
const ID = 'newborn-family';

function setup(lockText: string, ageMs: number) {
  const state = mkdtempSync(join(tmpdir(), 'card-locks-'));
  const lock = join(state, `${ID}.lock`);
  writeFileSync(lock, lockText);
  const t = (Date.now() - ageMs) / 1000;
  utimesSync(lock, t, t);
  // a short wait, so a lock wrongly respected fails the test in a second, not 15
  return { reader: new SimulatedCardReader(cardsDir, state, { lockWaitMs: 500 }), lock };
}

function login(r: SimulatedCardReader): 'ok' | string {
  try {
    r.authenticate(ID, '1234', challenge);
    return 'ok';
  } catch (e) {
    if (e instanceof CardError) return e.code;
    throw e;
  }
}

/** A live process that is not a card reader (what a reused pid names). */
function liveStranger(): { pid: number; stop: () => void } {
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
  return { pid: child.pid as number, stop: () => child.kill() };
}

describe('card lock files: stale ones are recovered', () => {
  it.each([
    ['an empty lock file', ''],
    ['a garbage lock file', '\u0000\u0001garbage'],
    ['a lock naming a process that is gone', `999999 ${Date.now()} 0123456789abcdef`],
  ])('%s does not leave the card busy', (_why, text) => {
    const { reader, lock } = setup(text, 5_000);
    expect(login(reader)).toBe('ok');
    expect(existsSync(lock)).toBe(false);
  });

  it('a lock naming a live unrelated process, older than any operation, is recovered', () => {
    const stranger = liveStranger();
    try {
      const { reader } = setup(`${stranger.pid} ${Date.now() - 60_000} 0123456789abcdef`, 60_000);
      expect(login(reader)).toBe('ok');
    } finally {
      stranger.stop();
    }
  });

  it('control: a fresh lock of a live process is respected (busy), and `cards reset` clears it', () => {
    const stranger = liveStranger();
    try {
      const { reader, lock } = setup(`${stranger.pid} ${Date.now()} 0123456789abcdef`, 0);
      expect(login(reader)).toBe('busy');
      expect(existsSync(lock)).toBe(true);
      reader.reset(ID);
      expect(existsSync(lock)).toBe(false);
      expect(login(reader)).toBe('ok');
    } finally {
      stranger.stop();
    }
  });

  it('control: an empty lock being written right now (under 2 s) is not taken', () => {
    const { reader } = setup('', 0);
    expect(login(reader)).toBe('busy');
  });

  it('names why a lock is stale', () => {
    expect(staleLockReason('', 5_000)).toBe('empty');
    expect(staleLockReason('x', 5_000)).toBe('unreadable');
    expect(staleLockReason(`999999 1 0123456789abcdef`, 0)).toBe('owner gone');
    expect(staleLockReason(`${process.pid} 1 0123456789abcdef`, 11_000)).toBe('older than any operation');
    expect(staleLockReason(`${process.pid} 1 0123456789abcdef`, 1_000)).toBeNull();
  });

  it('the lock is released after use: nothing is left behind', () => {
    const state = mkdtempSync(join(tmpdir(), 'card-locks-'));
    const r = new SimulatedCardReader(cardsDir, state);
    expect(login(r)).toBe('ok');
    expect(existsSync(join(state, `${ID}.lock`))).toBe(false);
  });
});
