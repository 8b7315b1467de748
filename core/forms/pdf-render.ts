/**
 * Replays a FormCanvas with pdf-lib: the font subset to exactly the characters
 * drawn, embedded whole; boxed values fitted (shrunk, then wrapped) with the
 * font's real advance widths; a value that cannot fit raises FormOverflowError.
 */
import fontkit from '@pdf-lib/fontkit';
import {
  beginText,
  endText,
  moveText,
  moveTo,
  PDFDocument,
  PDFHexString,
  fillAndStroke,
  lineTo,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingGrayscaleColor,
  setFontAndSize,
  setLineWidth,
  setStrokingGrayscaleColor,
  showText,
  stroke,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
import type { FormCanvas } from './pdf-canvas';
import { FormOverflowError, type Align, type FontSubsetter, type Op } from './pdf-canvas';

/**
 * The glyphs of the drawn characters, looked up once per render. The subset
 * has no layout tables (no shaping: Japanese text is drawn one glyph per code
 * point), so text is written as glyph ids straight into the content stream —
 * pdf-lib's drawText would run fontkit's layout engine for every string, which
 * was most of a render's time (build/bench/forms.ts).
 */
export class Glyphs {
  private readonly ids = new Map<string, { hex: string; advance: number }>();

  constructor(fontBytes: Uint8Array, text: string) {
    const font = fontkit.create(fontBytes as never) as unknown as {
      unitsPerEm: number;
      glyphForCodePoint(cp: number): { id: number; advanceWidth: number };
    };
    for (const ch of text) {
      const g = font.glyphForCodePoint(ch.codePointAt(0) as number);
      if (g.id === 0)
        throw new Error(`the font has no glyph for "${ch}" (U+${ch.codePointAt(0)!.toString(16)})`);
      this.ids.set(ch, {
        hex: g.id.toString(16).padStart(4, '0'),
        advance: g.advanceWidth / font.unitsPerEm,
      });
    }
  }

  widthOfTextAtSize(text: string, size: number): number {
    let em = 0;
    for (const ch of text) em += this.ids.get(ch)?.advance ?? 1;
    return em * size;
  }

  hex(text: string): string {
    let out = '';
    for (const ch of text) out += this.ids.get(ch)?.hex ?? '0000';
    return out;
  }
}

/** What fitting needs of a font: the width of a string (a PDFFont or the Glyphs of a render). */
export interface Measure {
  widthOfTextAtSize(text: string, size: number): number;
}

const LINE = 1.18; // line height, in font sizes

/** Greedy line breaking by character (Japanese breaks between any two characters; spaces are kept). */
function wrap(font: Measure, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && font.widthOfTextAtSize(line + ch, size) > width) {
      lines.push(line);
      line = ch === ' ' || ch === '　' ? '' : ch;
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * The lines and size a boxed value is drawn at: one line if it can stay at 70 %
 * of its size or more, else the largest size among one to six lines. Exported
 * for the tests of the fitting rule.
 */
export function fitText(
  font: Measure,
  text: string,
  size: number,
  w: number,
  h: number,
): { size: number; lines: string[] } {
  const width = font.widthOfTextAtSize(text, size);
  const one = Math.min(size, h / LINE + 1, (size * w) / width);
  if (one >= size * 0.7) return { size: one, lines: [text] };
  let best = one >= 4 ? { size: one, lines: [text] } : undefined;
  for (let n = 2; n <= 6; n++) {
    const s = Math.min(size, h / (n * LINE));
    if (s < 4 || (best && s <= best.size)) break;
    const lines = wrap(font, text, s, w);
    if (lines.length <= n) best = { size: s, lines };
  }
  if (!best) throw new FormOverflowError(text);
  return best;
}

interface Pen {
  page: PDFPage;
  /** Page height: PDF y grows upwards, the layout's downwards. */
  height: number;
  glyphs: Glyphs;
  key: PDFName;
}

function drawAt(pen: Pen, text: string, x: number, y: number, size: number, align: Align) {
  const width = pen.glyphs.widthOfTextAtSize(text, size);
  const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
  pen.page.pushOperators(
    beginText(),
    setFillingGrayscaleColor(0),
    setFontAndSize(pen.key, size),
    moveText(left, pen.height - y),
    showText(PDFHexString.of(pen.glyphs.hex(text))),
    endText(),
  );
}

// Rectangles and lines as plain path operators (pdf-lib's drawRectangle adds a
// translate/rotate/skew matrix and validation per box: a third of a render).
function draw(pen: Pen, op: Op): void {
  const H = pen.height;
  if (op.kind === 'text') drawAt(pen, op.text, op.x, op.y, op.size, op.align);
  else if (op.kind === 'fit') {
    const pad = 3;
    const { size, lines } = fitText(pen.glyphs, op.text, op.size, op.w - 2 * pad, op.h - 2);
    const block = lines.length * size * LINE;
    // Baseline of the first line: centre the block, then drop by the ascent (≈ 0.88 em for this font).
    let y = op.y + (op.h - block) / 2 + size * 0.88 + (size * (LINE - 1)) / 2;
    const x = op.align === 'center' ? op.x + op.w / 2 : op.align === 'right' ? op.x + op.w - pad : op.x + pad;
    for (const l of lines) {
      drawAt(pen, l, x, y, size, op.align);
      y += size * LINE;
    }
  } else if (op.kind === 'rect')
    pen.page.pushOperators(
      pushGraphicsState(),
      setLineWidth(op.lineWidth),
      setStrokingGrayscaleColor(0),
      ...(op.fill !== undefined ? [setFillingGrayscaleColor(op.fill)] : []),
      rectangle(op.x, H - op.y - op.h, op.w, op.h),
      op.fill !== undefined ? fillAndStroke() : stroke(),
      popGraphicsState(),
    );
  else
    pen.page.pushOperators(
      pushGraphicsState(),
      setLineWidth(op.lineWidth),
      setStrokingGrayscaleColor(0),
      moveTo(op.x1, H - op.y1),
      lineTo(op.x2, H - op.y2),
      stroke(),
      popGraphicsState(),
    );
}

export interface PdfMeta {
  title: string;
  subject: string;
  creationDate: Date;
}

export async function renderPdf(
  canvas: FormCanvas,
  subsetFont: FontSubsetter,
  meta: PdfMeta,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const text = canvas.drawnText;
  const fontBytes = await subsetFont(text);
  const font = await doc.embedFont(fontBytes, { subset: false });
  const glyphs = new Glyphs(fontBytes, text);
  for (const p of canvas.pages) {
    const page = doc.addPage([p.size.width, p.size.height]);
    const pen = {
      page,
      height: p.size.height,
      glyphs,
      key: page.node.newFontDictionary(font.name, font.ref),
    };
    for (const op of p.ops) draw(pen, op);
  }
  doc.setTitle(meta.title);
  doc.setSubject(meta.subject);
  doc.setProducer('Kosodate Nonstop');
  doc.setCreator('Kosodate Nonstop');
  // Fixed dates keep the output reproducible for golden files.
  doc.setCreationDate(meta.creationDate);
  doc.setModificationDate(meta.creationDate);
  // Object streams compress the font widths and the page dictionaries (≈ 5 KB of a form).
  return doc.save({ useObjectStreams: true, objectsPerTick: Infinity });
}
