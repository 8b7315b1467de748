/**
 * An OCR cross-check of the forms (needs tesseract-ocr and tesseract-ocr-jpn):
 * each golden case rendered with no system fonts at 200 dpi and read back by
 * Tesseract; prints, per case, how many of its expected Japanese values were
 * read. A reader that is not the PDF's own text layer, so a glyph that renders
 * wrong (or not at all) from the embedded subset shows up here.
 * `npx tsx build/scripts/form-ocr-check.ts` (not part of npm test: OCR is slow
 * and the system package optional).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FORM_CASES } from '../../fixtures/forms/cases';
import { rasterisePdf } from '../../electron/services/forms';
import { renderCase } from './form-goldens';

const dir = mkdtempSync(join(tmpdir(), 'nonstop-ocr-'));
const squash = (s: string) => s.replace(/[\s\u3000|]/g, '');
let read = 0;
let all = 0;
try {
  for (const c of FORM_CASES) {
    const pages = rasterisePdf(await renderCase(c), 200);
    let text = '';
    pages.forEach((png, i) => {
      const file = join(dir, `${c.name}-${i}.png`);
      writeFileSync(file, png);
      text += execFileSync('tesseract', [file, '-', '-l', 'jpn'], {
        stdio: ['ignore', 'pipe', 'ignore'],
      }).toString();
    });
    const ocr = squash(text);
    // Values in digit boxes are split by the box lines; OCR is asked for the written Japanese only.
    const wanted = c.expected.filter((v) => /[\u3040-\u30ff\u4e00-\u9fff]/u.test(v));
    const missed = wanted.filter((v) => !ocr.includes(squash(v)));
    read += wanted.length - missed.length;
    all += wanted.length;
    console.log(
      `${c.name}: ${wanted.length - missed.length}/${wanted.length}${missed.length ? `  not read: ${missed.join(' / ')}` : ''}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify({ read, expected: all }));
