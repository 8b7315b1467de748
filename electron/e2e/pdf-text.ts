/**
 * A PDF's pages and text read with pdfjs-dist (already a dependency, for the app's preview) rather
 * than poppler's pdfinfo/pdftotext: the issue asks for the npm package where it does a system
 * tool's job as well. Lines are rebuilt from the text items' positions, so a phrase the layout
 * wrapped reads as it does on paper.
 */
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfText {
  /** Page sizes in PDF points. */
  pages: { width: number; height: number }[];
  /** All pages' text, one line per text line. */
  text: string;
}

export async function readPdf(path: string): Promise<PdfText> {
  const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise;
  const pages: PdfText['pages'] = [];
  const lines: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    pages.push({ width: x1 - x0, height: y1 - y0 });
    const content = await page.getTextContent();
    let line = '';
    let lastY: number | null = null;
    for (const item of content.items) {
      if (!('str' in item)) continue;
      const y = Math.round(item.transform[5] as number);
      if (lastY !== null && Math.abs(y - lastY) > 2) {
        lines.push(line);
        line = '';
      }
      line += item.str;
      if (item.hasEOL) {
        lines.push(line);
        line = '';
        lastY = null;
      } else lastY = y;
    }
    if (line) lines.push(line);
  }
  await doc.destroy();
  return { pages, text: lines.join('\n') };
}

/** Whether a page is A4 (595 × 842 pt, ± 1). */
export const isA4 = (p: { width: number; height: number }): boolean =>
  Math.abs(p.width - 595.28) < 1.5 && Math.abs(p.height - 841.89) < 1.5;
