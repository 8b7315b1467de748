/**
 * Looks for plaintext on disk: every file under a folder, each needle as UTF-8
 * and as UTF-16LE (Chromium writes Japanese strings in IndexedDB as UTF-16LE,
 * ASCII as single bytes — verified-pitfalls §Looking for plaintext on disk).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

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
