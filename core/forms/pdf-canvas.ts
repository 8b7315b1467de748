/**
 * A tiny drawing recorder for form PDFs. Drawing happens in two passes: the
 * layout records its operations (coordinates from the top-left of the page,
 * in points), then the font is subset to exactly the characters drawn and the
 * operations are replayed with pdf-lib. Subsetting is injected
 * (`FontSubsetter`) because it needs HarfBuzz (subset-font, wasm), and
 * pdf-lib's own CJK subsetting drops glyphs (verified-pitfalls §PDF).
 *
 * Values are written into boxes (`fit`): a value that does not fit its box on
 * one line is first shrunk (down to 70 % of its size), then wrapped onto more
 * lines, smaller each time; if even 4 pt lines do not hold it the render
 * fails with `FormOverflowError` — a value is never cut silently.
 */

/** Returns a TrueType font holding at least the glyphs of `text`. */
export type FontSubsetter = (text: string) => Promise<Uint8Array>;

// The recorder has no dependency on pdf-lib, so the renderer can use the
// registry (what a form needs, what is missing) without bundling it;
// pdf-render.ts replays the drawing.

export type Align = 'left' | 'center' | 'right';

export type Op =
  | { kind: 'text'; x: number; y: number; text: string; size: number; align: Align }
  | {
      kind: 'fit';
      x: number;
      y: number;
      w: number;
      h: number;
      text: string;
      size: number;
      align: Align;
    }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; fill?: number; lineWidth: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth: number };

export interface PageSize {
  width: number;
  height: number;
}

export const A4: PageSize = { width: 595.28, height: 841.89 };
export const A4_LANDSCAPE: PageSize = { width: 841.89, height: 595.28 };
export const A3_LANDSCAPE: PageSize = { width: 1190.55, height: 841.89 };

/** A value too long for its box even at the smallest legible size. */
export class FormOverflowError extends Error {
  constructor(readonly text: string) {
    super(`value does not fit its box even at 4 pt: "${text}"`);
  }
}

export interface PageOps {
  size: PageSize;
  ops: Op[];
}

export class FormCanvas {
  readonly pages: PageOps[] = [];

  constructor(size: PageSize = A4) {
    this.addPage(size);
  }

  addPage(size: PageSize): void {
    this.pages.push({ size, ops: [] });
  }

  get size(): PageSize {
    return this.current.size;
  }

  private get current(): PageOps {
    return this.pages[this.pages.length - 1] as PageOps;
  }

  /** A label at a point (baseline y); labels are the form's own text and never shrink. */
  text(x: number, y: number, text: string, size = 9, align: Align = 'left'): void {
    this.textOnPage(this.pages.length - 1, x, y, text, size, align);
  }

  /** A label on a given page (0-based): the footer of a page already left. */
  textOnPage(page: number, x: number, y: number, text: string, size = 9, align: Align = 'left'): void {
    if (text) this.pages[page]?.ops.push({ kind: 'text', x, y, text, size, align });
  }

  /** A value inside a box: shrunk, then wrapped to fit; vertically centred. */
  fit(x: number, y: number, w: number, h: number, text: string, size = 10, align: Align = 'left'): void {
    if (text) this.current.ops.push({ kind: 'fit', x, y, w, h, text, size, align });
  }

  rect(x: number, y: number, w: number, h: number, opts: { fill?: number; lineWidth?: number } = {}): void {
    this.current.ops.push({
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
    this.current.ops.push({ kind: 'line', x1, y1, x2, y2, lineWidth });
  }

  /** Every character drawn, once, sorted: what the font subset must hold. */
  get drawnText(): string {
    const chars = new Set<string>();
    for (const p of this.pages)
      for (const op of p.ops)
        if (op.kind === 'text' || op.kind === 'fit') for (const ch of op.text) chars.add(ch);
    return [...chars].sort().join('');
  }
}
