import { describe, expect, it } from 'vitest';
import { BackupError, createBackup, inspectBackup, readBackup } from './backup';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
const FAST = { name: 'argon2id', memoryKiB: 8 * 1024, iterations: 1, parallelism: 1 } as const;
const entries = [
  { name: 'household', value: { guardians: [{ familyName: '佐藤' }] } },
  { name: 'submission:1', value: { receiptNumber: 'R-1' } },
];

async function make(secret = 'backup passphrase 1') {
  return createBackup({
    label: 'ひまわり',
    entries,
    secret,
    keySource: 'passphrase',
    random,
    now: new Date(0),
    kdf: FAST,
  });
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BackupError) return e.code;
    throw e;
  }
  return 'no error';
}

describe('nonstop-backup/1', () => {
  it('round-trips every entry and the label; nothing personal in clear', async () => {
    const text = await make();
    expect(JSON.parse(text).format).toBe('nonstop-backup/1');
    expect(text).not.toContain('佐藤');
    expect(text).not.toContain('household');
    expect(text).not.toContain('ひまわり');
    expect(inspectBackup(text).keySource).toBe('passphrase');
    expect(await readBackup(text, 'backup passphrase 1')).toEqual({ label: 'ひまわり', entries });
  });

  it('tells a wrong passphrase from a damaged file', async () => {
    const text = await make();
    expect(await code(readBackup(text, 'not the passphrase'))).toBe('wrong-secret');
  });

  it('refuses a flipped byte anywhere in the sealed data, the header or the tag', async () => {
    const text = await make();
    const f = JSON.parse(text);
    const flip = (b64: string, at: number) => {
      const bytes = Buffer.from(b64, 'base64');
      bytes[at % bytes.length]! ^= 0x01;
      return bytes.toString('base64');
    };
    const variants = [
      { ...f, entries: [f.entries[0], flip(f.entries[1], 20), f.entries[2]] },
      { ...f, tag: flip(f.tag, 3) },
      { ...f, createdAt: '2030-01-01T00:00:00.000Z' },
      { ...f, entries: [f.entries[0], f.entries[2], f.entries[1]] }, // reordered
      { ...f, entries: f.entries.slice(0, 2) }, // one dropped
    ];
    for (const v of variants)
      expect(await code(readBackup(JSON.stringify(v), 'backup passphrase 1'))).toBe('damaged');
    // every single bit of the tag, including the spare bits of its last base64 character
    for (let i = 0; i < f.tag.length; i++) {
      if (f.tag[i] === '=') continue;
      const c = f.tag.charCodeAt(i) ^ 0x01;
      const tag = f.tag.slice(0, i) + String.fromCharCode(c) + f.tag.slice(i + 1);
      expect(await code(readBackup(JSON.stringify({ ...f, tag }), 'backup passphrase 1'))).toBe('damaged');
    }
    // a raw flipped byte in the text: one bit of every position in the first 2 KB that is not whitespace
    for (let i = 0; i < Math.min(text.length, 2000); i += 97) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a) continue;
      const bad = text.slice(0, i) + String.fromCharCode(c ^ 0x01) + text.slice(i + 1);
      expect(['damaged', 'truncated', 'not-a-backup', 'unsupported-version', 'wrong-secret']).toContain(
        await code(readBackup(bad, 'backup passphrase 1')),
      );
    }
  });

  it('refuses a truncated file, another format and a later version', async () => {
    const text = await make();
    expect(await code(readBackup(text.slice(0, text.length / 2), 'backup passphrase 1'))).toBe('truncated');
    expect(await code(readBackup('%PDF-1.7\n…', 'x'))).toBe('not-a-backup');
    expect(await code(readBackup('{"format":"nonstop-household/1"}', 'x'))).toBe('not-a-backup');
    expect(await code(readBackup(text.replace('nonstop-backup/1', 'nonstop-backup/2'), 'x'))).toBe(
      'unsupported-version',
    );
  });

  it('refuses a crafted file asking for gigabytes of Argon2 memory before deriving anything', async () => {
    const f = JSON.parse(await make());
    f.kdf.memoryKiB = 4 * 1024 * 1024; // 4 GiB
    expect(await code(readBackup(JSON.stringify(f), 'backup passphrase 1'))).toBe('damaged');
  });
});
