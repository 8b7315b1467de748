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

/** A variation selector (VS1–16, and the ideographic variation selectors of IVS). */
const isVariationSelector = (cp: number) =>
  (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);

/**
 * The text split into what is drawn as one glyph: a character, with the variation selector that
 * follows it (an IVS sequence such as 葛󠄀 names one glyph of the 戸籍 register's forms).
 */
export function clusters(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) as number;
    if (isVariationSelector(cp) && out.length) out[out.length - 1] += ch;
    else out.push(ch);
  }
  return out;
}

interface FontkitFont {
  unitsPerEm: number;
  getGlyph(id: number): { advanceWidth: number };
  _cmapProcessor: {
    lookup(cp: number, vs?: number): number;
    getVariationSelector(cp: number, vs: number): number;
    uvs?: {
      varSelectors: {
        toArray(): {
          varSelector: number;
          defaultUVS?: { startUnicodeValue: number; additionalCount: number }[];
        }[];
      };
    } | null;
  };
}

/** The glyph id of a cluster in a font, 0 when the font lacks it (or lacks that variation). */
function glyphOf(font: FontkitFont, cluster: string, last: boolean): number {
  const [base, vs] = [...cluster].map((c) => c.codePointAt(0) as number) as [number, number | undefined];
  const cmap = font._cmapProcessor;
  if (vs === undefined) return cmap.lookup(base);
  const variant = cmap.getVariationSelector(base, vs);
  if (variant) return variant;
  // the sequence names the font's default glyph of the character (a default UVS record)
  const sel = cmap.uvs?.varSelectors.toArray().find((x) => x.varSelector === vs);
  const isDefault = sel?.defaultUVS?.some(
    (r) => base >= r.startUnicodeValue && base <= r.startUnicodeValue + r.additionalCount,
  );
  if (isDefault) return cmap.lookup(base);
  // no font has the variation: the last font prints the character's standard form rather than nothing
  return last ? cmap.lookup(base) : 0;
}

/**
 * The glyphs of the drawn characters in one font, looked up once per render. The subset has no
 * layout tables (no shaping: Japanese text is drawn one glyph per character, or per IVS
 * sequence), so text is written as glyph ids straight into the content stream — pdf-lib's
 * drawText would run fontkit's layout engine for every string, which was most of a render's time
 * (build/bench/forms.ts). Clusters the font lacks are left in `missing` for the next font.
 */
export class Glyphs {
  private readonly ids = new Map<string, { hex: string; advance: number }>();
  readonly missing: string[] = [];

  constructor(fontBytes: Uint8Array, wanted: readonly string[] | string, last = true) {
    const font = fontkit.create(fontBytes as never) as unknown as FontkitFont;
    for (const cluster of typeof wanted === 'string' ? clusters(wanted) : wanted) {
      const id = glyphOf(font, cluster, last);
      if (id === 0) {
        this.missing.push(cluster);
        continue;
      }
      this.ids.set(cluster, {
        hex: id.toString(16).padStart(4, '0'),
        advance: font.getGlyph(id).advanceWidth / font.unitsPerEm,
      });
    }
  }

  get size(): number {
    return this.ids.size;
  }

  glyph(cluster: string): { hex: string; advance: number } | undefined {
    return this.ids.get(cluster);
  }

  widthOfTextAtSize(text: string, size: number): number {
    let em = 0;
    for (const c of clusters(text)) em += this.ids.get(c)?.advance ?? 1;
    return em * size;
  }

  hex(text: string): string {
    let out = '';
    for (const c of clusters(text)) out += this.ids.get(c)?.hex ?? '0000';
    return out;
  }
}

/**
 * The fonts of a render in order (BIZ UDPGothic, then the fallback for the characters it lacks):
 * each cluster is drawn with the first font that has it.
 */
export class FontRuns {
  constructor(readonly fonts: readonly Glyphs[]) {}

  private find(cluster: string): { font: number; hex: string; advance: number } | undefined {
    for (let i = 0; i < this.fonts.length; i++) {
      const g = this.fonts[i]!.glyph(cluster);
      if (g) return { font: i, ...g };
    }
    return undefined;
  }

  widthOfTextAtSize(text: string, size: number): number {
    let em = 0;
    for (const c of clusters(text)) em += this.find(c)?.advance ?? 1;
    return em * size;
  }

  /** The text as runs of one font each: [font index, glyph ids in hex]. */
  runs(text: string): [number, string][] {
    const out: [number, string][] = [];
    for (const c of clusters(text)) {
      const g = this.find(c);
      const font = g?.font ?? 0;
      const last = out[out.length - 1];
      if (last && last[0] === font) last[1] += g?.hex ?? '0000';
      else out.push([font, g?.hex ?? '0000']);
    }
    return out;
  }
}

/** Characters no font of the app can print (not a bug: the parent writes them by hand). */
export class UnprintableTextError extends Error {
  constructor(readonly characters: string[]) {
    super(
      `no font of the app can print ${characters
        .map(
          (c) =>
            `"${c}" (${[...c].map((x) => `U+${x.codePointAt(0)!.toString(16).toUpperCase()}`).join(' ')})`,
        )
        .join(', ')}`,
    );
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
  glyphs: FontRuns;
  keys: PDFName[];
}

function drawAt(pen: Pen, text: string, x: number, y: number, size: number, align: Align) {
  const width = pen.glyphs.widthOfTextAtSize(text, size);
  const left = align === 'center' ? x - width / 2 : align === 'right' ? x - width : x;
  // one text object; a change of font between runs keeps the pen where the last glyph ended
  pen.page.pushOperators(
    beginText(),
    setFillingGrayscaleColor(0),
    moveText(left, pen.height - y),
    ...pen.glyphs
      .runs(text)
      .flatMap(([font, hex]) => [setFontAndSize(pen.keys[font]!, size), showText(PDFHexString.of(hex))]),
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

/** Every cluster drawn (a character, or an IVS sequence), once, sorted. */
function drawnClusters(canvas: FormCanvas): string[] {
  const set = new Set<string>();
  for (const p of canvas.pages)
    for (const op of p.ops)
      if (op.kind === 'text' || op.kind === 'fit') for (const c of clusters(op.text)) set.add(c);
  return [...set].sort();
}

export interface PdfMeta {
  title: string;
  subject: string;
  creationDate: Date;
}

/**
 * The PDF of a canvas. `subsetFont` is the font, or the fonts in order: the first gets every
 * character drawn, each next one only those the fonts before it lack (a second font is embedded
 * only when a form needs it). A character no font has raises UnprintableTextError.
 */
export async function renderPdf(
  canvas: FormCanvas,
  subsetFont: FontSubsetter | readonly FontSubsetter[],
  meta: PdfMeta,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const subsetters = typeof subsetFont === 'function' ? [subsetFont] : subsetFont;
  let wanted = drawnClusters(canvas);
  const used: { bytes: Uint8Array; glyphs: Glyphs }[] = [];
  for (const [i, subset] of subsetters.entries()) {
    if (wanted.length === 0) break;
    const bytes = await subset(wanted.join(''));
    let glyphs: Glyphs;
    try {
      glyphs = new Glyphs(bytes, wanted, i === subsetters.length - 1);
    } catch (e) {
      // a subset of none of the font's characters has no cmap: this font prints none of them
      if (/cmap/.test((e as Error).message)) continue;
      throw e;
    }
    if (glyphs.size > 0) used.push({ bytes, glyphs });
    wanted = glyphs.missing;
  }
  if (wanted.length > 0) throw new UnprintableTextError(wanted);
  const embedded = await Promise.all(used.map((u) => doc.embedFont(u.bytes, { subset: false })));
  const glyphs = new FontRuns(used.map((u) => u.glyphs));
  for (const p of canvas.pages) {
    const page = doc.addPage([p.size.width, p.size.height]);
    const pen = {
      page,
      height: p.size.height,
      glyphs,
      keys: embedded.map((font) => page.node.newFontDictionary(font.name, font.ref)),
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
