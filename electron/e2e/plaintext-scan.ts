/**
 * Looks for plaintext on disk: every file under a folder, each needle as UTF-8
 * and as UTF-16LE (Chromium writes Japanese strings in IndexedDB as UTF-16LE,
 * ASCII as single bytes — verified-pitfalls §Looking for plaintext on disk).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Page } from 'playwright-core';

export interface Hit {
  needle: string;
  encoding: 'utf8' | 'utf16le';
  file: string;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st) return [];
    return st.isDirectory() ? files(path) : st.isFile() ? [path] : [];
  });
}

export function scanForPlaintext(dir: string, needles: string[]): Hit[] {
  const patterns = needles.flatMap((needle) => [
    { needle, encoding: 'utf8' as const, bytes: Buffer.from(needle, 'utf8') },
    { needle, encoding: 'utf16le' as const, bytes: Buffer.from(needle, 'utf16le') },
  ]);
  const hits: Hit[] = [];
  for (const file of files(dir)) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      continue; // a lock file Chromium still holds
    }
    for (const p of patterns)
      if (content.includes(p.bytes)) hits.push({ needle: p.needle, encoding: p.encoding, file });
  }
  return hits;
}

/**
 * Drops the hits that are the app's own static code: a file of Chromium's HTTP cache whose key is the URL of
 * one of the built renderer's assets (`…/assets/NAME`) when that asset's text holds the needle too — e.g.
 * 美咲 / ミサキ of 美咲町 (ミサキチョウ) in the municipality registry chunk, which the app loads. Any other hit
 * stays: a needle in a cached asset that does not contain it, or outside the cache, is a leak.
 */
export function withoutAppAssets(hits: Hit[], rendererDir: string): Hit[] {
  const assets = join(rendererDir, 'assets');
  const names = readdirSync(assets).filter((n) => n.endsWith('.js'));
  const isAppCode = (hit: Hit): boolean => {
    if (!hit.file.includes(`${sep}Cache${sep}`)) return false;
    const cached = readFileSync(hit.file);
    return names.some(
      (n) =>
        cached.includes(Buffer.from(`/assets/${n}`)) &&
        readFileSync(join(assets, n)).includes(Buffer.from(hit.needle, hit.encoding)),
    );
  };
  return hits.filter((hit) => !isAppCode(hit));
}

/** Which of the raw byte strings (e.g. slices of ciphertexts) occur in any file under `dir`: their indexes. */
export function scanForBytes(dir: string, needles: Buffer[]): number[] {
  const found = new Set<number>();
  for (const file of files(dir)) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      continue;
    }
    needles.forEach((n, i) => {
      if (content.includes(n)) found.add(i);
    });
  }
  return [...found].sort((a, b) => a - b);
}

/**
 * The scan's positive control: `value` stored in clear through the page's own IndexedDB (database `db`),
 * durably, so a scan that cannot find it is shown to be blind.
 */
export async function storePlaintextControl(page: Page, db: string, value: unknown): Promise<void> {
  await page.evaluate(
    ([name, v]) =>
      new Promise<void>((resolve, reject) => {
        // runs in the page: the browser's IndexedDB (electron/ is typed for Node, not the DOM)
        const idb = (globalThis as unknown as { indexedDB: IDBFactory }).indexedDB;
        const req = idb.open(name as string, 1);
        req.onupgradeneeded = () => req.result.createObjectStore('clear');
        req.onsuccess = () => {
          const tx = req.result.transaction('clear', 'readwrite', { durability: 'strict' });
          tx.objectStore('clear').put(v, 'control');
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
    [db, value] as const,
  );
}
