/**
 * Issue 19 item 6: a damaged backup is called damaged, a wrong passphrase
 * wrong — each only when that is known. Every byte of a backup flipped in turn
 * (one bit), read with the RIGHT passphrase: none is accepted, none is blamed
 * on the passphrase. The controls: the intact file opens, and with a wrong
 * passphrase it says so. Plus the version and empty-passphrase answers.
 */
import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, readBackup } from './backup';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const FAST = { name: 'argon2id', memoryKiB: 1024, iterations: 1, parallelism: 1 } as const;
const SECRET = 'backup passphrase 1';

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BackupError) return e.code;
    throw e;
  }
  return 'accepted';
}

const make = () =>
  createBackup({
    label: 'ひまわり',
    entries: [{ name: 'household', value: { guardians: [{ familyName: '佐藤' }] } }],
    secret: SECRET,
    keySource: 'passphrase',
    random,
    now: new Date(0),
    kdf: FAST,
  });

describe('backup answers that say only what is true', () => {
  it('controls: the intact file opens; a wrong passphrase is called wrong', async () => {
    const text = await make();
    expect(await code(readBackup(text, SECRET))).toBe('accepted');
    expect(await code(readBackup(text, 'another passphrase'))).toBe('wrong-secret');
  });

  it('every byte flipped: never accepted, never blamed on the passphrase', async () => {
    const bytes = new TextEncoder().encode(await make());
    const seen = new Map<string, number>();
    for (let i = 0; i < bytes.length; i++) {
      const flipped = bytes.slice();
      flipped[i] = (flipped[i] as number) ^ 0x01;
      const c = await code(readBackup(new TextDecoder().decode(flipped), SECRET));
      seen.set(c, (seen.get(c) ?? 0) + 1);
    }
    expect(seen.get('accepted') ?? 0).toBe(0);
    expect(seen.get('wrong-secret') ?? 0).toBe(0);
    expect([...seen.keys()].every((c) => ['damaged', 'truncated', 'not-a-backup'].includes(c))).toBe(true);
    expect(seen.get('damaged')).toBeGreaterThan(bytes.length / 2);
  });

  it('a file from before the digest whose key check fails says "wrong or damaged", not one of them', async () => {
    const old = JSON.parse(await make()) as Record<string, unknown>;
    delete old['digest']; // what an older app wrote
    expect(await code(readBackup(JSON.stringify(old), SECRET))).toBe('accepted');
    expect(await code(readBackup(JSON.stringify(old), 'another passphrase'))).toBe('wrong-secret-or-damaged');
  });

  it('only a later version asks for an update; /0 is not a backup of ours; an empty passphrase is asked for', async () => {
    const f = JSON.parse(await make()) as Record<string, unknown>;
    expect(await code(readBackup(JSON.stringify({ ...f, format: 'nonstop-backup/2' }), SECRET))).toBe(
      'unsupported-version',
    );
    expect(await code(readBackup(JSON.stringify({ ...f, format: 'nonstop-backup/0' }), SECRET))).toBe(
      'not-a-backup',
    );
    expect(await code(readBackup(await make(), ''))).toBe('no-secret');
    expect(await code(readBackup(await make(), '   '))).toBe('no-secret');
  });
});
