/**
 * A tiny drawing recorder for form PDFs. Drawing happens in two passes: the
 * layout records its operations (coordinates from the top-left, in points),
 * then the font is subset to exactly the characters drawn and the operations
 * are replayed with pdf-lib. Subsetting is injected (`FontSubsetter`) because
 * it needs HarfBuzz (subset-font, wasm), and pdf-lib's own CJK subsetting
 * drops glyphs (verified-pitfalls §PDF).
 */
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';

/** Returns a TrueType font holding at least the glyphs of `text`. */
export type FontSubsetter = (text: string) => Promise<Uint8Array>;

type Op =
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      maxWidth?: number;
      align: 'left' | 'center' | 'right';
    }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: number; lineWidth: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth: number };

export const A4 = { width: 595.28, height: 841.89 };

export class FormCanvas {
  readonly ops: Op[] = [];

  text(
    x: number,
    y: number,
    text: string,
    size = 9,
    opts: { maxWidth?: number; align?: 'left' | 'center' | 'right' } = {},
  ): void {
    if (text)
      this.ops.push({
        kind: 'text',
        x,
        y,
        text,
        size,
        align: opts.align ?? 'left',
        ...(opts.maxWidth ? { maxWidth: opts.maxWidth } : {}),
      });
  }

  rect(x: number, y: number, w: number, h: number, opts: { fill?: number; lineWidth?: number } = {}): void {
    this.ops.push({
      kind: 'rect',
      x,
      y,
      w,
      h,
      lineWidth: opts.lineWidth ?? 0.6,
      ...(opts.fill !== undefined ? { fill: opts.fill } : {}),
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, lineWidth = 0.6): void {
    this.ops.push({ kind: 'line', x1, y1, x2, y2, lineWidth });
  }

  /** A labelled cell: grey label column, value written inside. */
  cell(x: number, y: number, w: number, h: number, label: string, value = '', valueSize = 10): void {
    this.rect(x, y, w, h);
    if (label) this.text(x + 3, y + 9, label, 6.5);
    this.text(x + 5, y + h - (h - valueSize) / 2 - 1, value, valueSize, { maxWidth: w - 10 });
  }

  labelCell(x: number, y: number, w: number, h: number, label: string): void {
    this.rect(x, y, w, h, { fill: 0.93 });
    this.text(x + w / 2, y + h / 2 + 3.5, label, 8.5, { align: 'center', maxWidth: w - 4 });
  }

  checkbox(x: number, y: number, label: string, checked: boolean, size = 8.5): number {
    this.rect(x, y - 8, 8, 8);
    if (checked) {
      this.line(x + 1.5, y - 4, x + 3.5, y - 1.5, 1.2);
      this.line(x + 3.5, y - 1.5, x + 7, y - 7, 1.2);
    }
    this.text(x + 11, y, label, size);
    return x + 14 + label.length * size;
  }

  /** Digit boxes, e.g. the 12 boxes of a 個人番号. */
  digitBoxes(x: number, y: number, count: number, digits: string, box = 14, h = 18): void {
    for (let i = 0; i < count; i++) {
      this.rect(x + i * box, y, box, h);
      const ch = digits[i];
      if (ch) this.text(x + i * box + box / 2, y + h / 2 + 4, ch, 10, { align: 'center' });
    }
  }

  get drawnText(): string {
    const chars = new Set<string>();
    for (const op of this.ops) if (op.kind === 'text') for (const ch of op.text) chars.add(ch);
    return [...chars].sort().join('');
  }
}

function place(page: PDFPage, font: PDFFont, op: Extract<Op, { kind: 'text' }>): void {
  let size = op.size;
  let width = font.widthOfTextAtSize(op.text, size);
  if (op.maxWidth && width > op.maxWidth) {
    size = Math.max(4, (size * op.maxWidth) / width);
    width = font.widthOfTextAtSize(op.text, size);
  }
  const x = op.align === 'center' ? op.x - width / 2 : op.align === 'right' ? op.x - width : op.x;
  page.drawText(op.text, { x, y: A4.height - op.y, size, font, color: rgb(0, 0, 0) });
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
  const fontBytes = await subsetFont(canvas.drawnText);
  const font = await doc.embedFont(fontBytes, { subset: false });
  const page = doc.addPage([A4.width, A4.height]);
  for (const op of canvas.ops) {
    if (op.kind === 'text') place(page, font, op);
    else if (op.kind === 'rect')
      page.drawRectangle({
        x: op.x,
        y: A4.height - op.y - op.h,
        width: op.w,
        height: op.h,
        borderWidth: op.lineWidth,
        borderColor: rgb(0, 0, 0),
        ...(op.fill !== undefined ? { color: rgb(op.fill, op.fill, op.fill) } : {}),
      });
    else
      page.drawLine({
        start: { x: op.x1, y: A4.height - op.y1 },
        end: { x: op.x2, y: A4.height - op.y2 },
        thickness: op.lineWidth,
      });
  }
  doc.setTitle(meta.title);
  doc.setSubject(meta.subject);
  doc.setProducer('Kosodate Nonstop');
  doc.setCreator('Kosodate Nonstop');
  // Fixed dates keep the output reproducible for golden files.
  doc.setCreationDate(meta.creationDate);
  doc.setModificationDate(meta.creationDate);
  return doc.save({ useObjectStreams: false });
}
