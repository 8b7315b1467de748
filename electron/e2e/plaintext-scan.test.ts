import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanForPlaintext, withoutAppAssets } from './plaintext-scan';

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

describe('withoutAppAssets', () => {
  it("drops only a cached copy of the app's own asset that holds the needle; every other hit stays", () => {
    const dir = mkdtempSync(join(tmpdir(), 'scan-'));
    const renderer = join(dir, 'renderer');
    mkdirSync(join(renderer, 'assets'), { recursive: true });
    writeFileSync(join(renderer, 'assets/municipalities-X1.js'), 'const m = ["美咲町","ミサキチョウ"];');
    writeFileSync(join(renderer, 'assets/Home-Y2.js'), 'export {};');
    const cache = join(dir, 'profile/Default/Cache/Cache_Data');
    mkdirSync(cache, { recursive: true });
    // the registry chunk as Chromium caches it: its URL as the key, then the body
    writeFileSync(
      join(cache, 'a_0'),
      '1/0/_dk_http://127.0.0.1:1/assets/municipalities-X1.js const m = ["美咲町"];',
    );
    // a cached asset that does not itself hold the needle: what it carries is not the app's code
    writeFileSync(join(cache, 'b_0'), '1/0/_dk_http://127.0.0.1:1/assets/Home-Y2.js 美咲');
    // a cache entry of no asset (e.g. a response of the municipality)
    writeFileSync(join(cache, 'c_0'), '1/0/_dk_http://127.0.0.1:2/v1/records 美咲');
    mkdirSync(join(dir, 'profile/Default/IndexedDB'), { recursive: true });
    writeFileSync(join(dir, 'profile/Default/IndexedDB/000003.log'), '美咲');
    const hits = withoutAppAssets(scanForPlaintext(join(dir, 'profile'), ['美咲']), renderer);
    expect(hits.map((h) => h.file.slice(dir.length)).sort()).toEqual(
      [
        '/profile/Default/Cache/Cache_Data/b_0',
        '/profile/Default/Cache/Cache_Data/c_0',
        '/profile/Default/IndexedDB/000003.log',
      ].map((f) => f.replaceAll('/', sep)),
    );
  });
});
