import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForPlaintext } from './plaintext-scan';

describe('scanForPlaintext', () => {
  it('finds a needle in UTF-8 and in UTF-16LE, in nested folders, and nothing else', () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    mkdirSync(join(dir, 'a/b'), { recursive: true });
    writeFileSync(
      join(dir, 'a/b/000003.log'),
      Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from('佐藤花子', 'utf16le')]),
    );
    writeFileSync(join(dir, 'x.txt'), '鈴木 983205673214');
    const hits = scanForPlaintext(dir, ['佐藤花子', '983205673214', '田中']);
    expect(hits.map((h) => `${h.needle}/${h.encoding}`).sort()).toEqual([
      '983205673214/utf8',
      '佐藤花子/utf16le',
    ]);
  });
});
