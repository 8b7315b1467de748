/**
 * The layout vocabulary every form is drawn with: a sheet is a column of
 * rows, a row a list of cells (label, value, digit boxes, check boxes,
 * office-only, seal), widths in points or shared out. A form's layout
 * function is then a short list of rows, like the printed form itself.
 */
import { A4, FormCanvas, type Align, type PageSize } from './pdf-canvas';
import type { Address } from '../household/schema';
import type { PersonOnForm } from './parts';
import { addressLine, fullName, isoDate, kanaOf, wareki } from './write';

export type Check = readonly [label: string, checked: boolean];

export type Cell = { w?: number } & (
  | { label: string; size?: number }
  | { value: string; caption?: string; size?: number; align?: Align }
  | { digits: string; count: number; caption?: string }
  | { checks: readonly Check[]; caption?: string }
  | { office: string }
  | { note: string; size?: number }
  | { seal: string }
);

const GREY = 0.93;

/** Digit boxes of `count` digits inside a cell (個人番号 12, 口座番号 7, 〒 3+4 …). */
function digitBoxes(
  c: FormCanvas,
  x: number,
  y: number,
  w: number,
  h: number,
  count: number,
  digits: string,
) {
  const box = Math.min(15, (w - 8) / count);
  const bh = Math.min(18, h - 2);
  const top = y + (h - bh) / 2;
  for (let i = 0; i < count; i++) {
    c.rect(x + 4 + i * box, top, box, bh, { lineWidth: 0.4 });
    const ch = digits[i];
    if (ch) c.text(x + 4 + i * box + box / 2, top + bh / 2 + 3.6, ch, Math.min(10, box * 0.75), 'center');
  }
}

/** Check boxes in a row; a box is ticked only when the household says so. */
function checkboxes(c: FormCanvas, x: number, y: number, h: number, checks: readonly Check[], size: number) {
  let cx = x + 6;
  const base = y + h / 2 + 3.2;
  for (const [label, checked] of checks) {
    c.rect(cx, base - 7.5, 7.5, 7.5, { lineWidth: 0.5 });
    if (checked) {
      c.line(cx + 1.4, base - 3.8, cx + 3.3, base - 1.4, 1.1);
      c.line(cx + 3.3, base - 1.4, cx + 6.6, base - 6.6, 1.1);
    }
    c.text(cx + 10, base, label, size);
    cx += 16 + textWidth(label, size);
  }
}

/** Width of form text: full-width characters one em, ASCII and half-width kana about half. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const ch of text) em += /[\u0020-\u007e\uff61-\uff9f]/u.test(ch) ? 0.55 : 1;
  return em * size;
}

export class Sheet {
  readonly canvas: FormCanvas;
  y: number;
  left: number;
  width: number;
  /** Row heights are multiplied by this (the A3 出生届 is taller than the A4 forms). */
  rowScale = 1;
  /** Where each page left off (for its footer), and the pages that have one. */
  private readonly ends: number[] = [];
  private readonly footed = new Set<number>();

  constructor(
    size: PageSize = A4,
    readonly margin = 34,
    /** Continue an existing drawing (the checklist page after a form). */
    canvas?: FormCanvas,
  ) {
    this.canvas = canvas ?? new FormCanvas(size);
    this.left = margin;
    this.width = size.width - 2 * margin;
    this.y = margin;
  }

  /** Continue in a column of the same page (the two halves of the 出生届), from the top. */
  column(left: number, width: number): this {
    this.left = left;
    this.width = width;
    this.y = this.margin;
    return this;
  }

  /** A further page of the same form. */
  page(size: PageSize): void {
    this.ends[this.canvas.pages.length - 1] = this.y;
    this.canvas.addPage(size);
    this.left = this.margin;
    this.width = size.width - 2 * this.margin;
    this.y = this.margin;
  }

  gap(h = 6): this {
    this.y += h;
    return this;
  }

  /** Form number, title, 届出日 and addressee, and the form's own statement. */
  header(h: {
    formNo?: string;
    title: string;
    date?: string;
    addressee?: string | null;
    statement?: string;
  }) {
    const c = this.canvas;
    const right = this.left + this.width;
    if (h.formNo) c.text(this.left, this.y, h.formNo, 7.5);
    // Short titles are letter-spaced like the printed forms; long ones are not.
    const title = [...h.title].length <= 12 ? [...h.title].join(' ') : h.title;
    c.text(
      this.left + this.width / 2,
      this.y + 24,
      title,
      Math.min(17, (this.width * 0.9) / textWidth(title, 1)),
      'center',
    );
    this.y += 46;
    if (h.date !== undefined) c.text(right, this.y, h.date, 9.5, 'right');
    if (h.addressee !== undefined)
      c.text(this.left, this.y + 16, `（宛先）${h.addressee ?? '　　　　　　　　'}　殿`, 11);
    this.y += h.addressee !== undefined ? 24 : 8;
    if (h.statement) {
      c.text(this.left, this.y + 8, h.statement, 8.5);
      this.y += 14;
    }
    return this;
  }

  /** A dark band with the section's title. */
  section(title: string): this {
    this.gap(6);
    this.canvas.rect(this.left, this.y, this.width, 15, { fill: 0.82 });
    this.canvas.text(this.left + 6, this.y + 11, title, 9);
    this.y += 15;
    return this;
  }

  /** One row of cells; cells without a width share what is left. */
  row(rowHeight: number, cells: readonly Cell[]): this {
    const h = rowHeight * this.rowScale;
    const fixed = cells.reduce((s, k) => s + (k.w ?? 0), 0);
    const flexible = cells.filter((k) => k.w === undefined).length;
    const share = flexible ? (this.width - fixed) / flexible : 0;
    let x = this.left;
    for (const k of cells) {
      const w = k.w ?? share;
      this.cell(x, this.y, w, h, k);
      x += w;
    }
    this.y += h;
    return this;
  }

  private cell(x: number, y: number, w: number, h: number, k: Cell): void {
    const c = this.canvas;
    if ('label' in k) {
      c.rect(x, y, w, h, { fill: GREY });
      c.fit(x, y, w, h, k.label, k.size ?? 8.5, 'center');
      return;
    }
    if ('office' in k) {
      c.rect(x, y, w, h, { fill: 0.97, lineWidth: 0.8 });
      c.text(x + 3, y + 9, `※${k.office}`, 6.5);
      return;
    }
    c.rect(x, y, w, h);
    if ('seal' in k) {
      c.text(x + 3, y + 9, k.seal, 6.5);
      return;
    }
    if ('note' in k) {
      c.text(x + 4, y + h / 2 + 3, k.note, k.size ?? 7);
      return;
    }
    const top = k.caption ? 9 : 0;
    if (k.caption) c.text(x + 3, y + 8, k.caption, 6.5);
    if ('value' in k) c.fit(x + 1, y + top, w - 2, h - top, k.value, k.size ?? 10, k.align ?? 'left');
    else if ('digits' in k) digitBoxes(c, x, y + top, w, h - top, k.count, k.digits);
    else checkboxes(c, x, y + top, h - top, k.checks, 8);
  }

  /** The ※ area the office fills in: drawn, never prefilled. */
  office(labels: readonly string[], h = 48): this {
    this.gap(6);
    const c = this.canvas;
    c.rect(this.left, this.y, this.width, h + 16, { fill: 0.96, lineWidth: 1 });
    c.text(this.left + 6, this.y + 11, '※ 記入しないでください（処理欄）', 8);
    const w = this.width / labels.length;
    labels.forEach((label, i) => {
      c.rect(this.left + i * w, this.y + 16, w, h);
      c.text(this.left + i * w + 4, this.y + 26, label, 7);
    });
    this.y += h + 16;
    return this;
  }

  /**
   * The line saying who made the sheet and that the person checks it before
   * filing, below what was drawn last on this page. `finish` adds it to every
   * page that has none, so a layout places it itself only where it goes elsewhere.
   */
  footer(on: string): this {
    this.footerOn(this.canvas.pages.length - 1, this.left, this.y, on);
    return this;
  }

  private footerOn(page: number, x: number, y: number, on: string): void {
    this.footed.add(page);
    this.canvas.textOnPage(
      page,
      x,
      Math.min(y + 14, (this.canvas.pages[page]?.size ?? A4).height - 14),
      `子育てノンストップで作成（${isoDate(on)}）。内容を確認のうえ提出してください。`,
      6.5,
    );
  }

  /** The drawing, every page of it with its footer. */
  finish(on: string): FormCanvas {
    this.ends[this.canvas.pages.length - 1] = this.y;
    this.ends.forEach((y, page) => {
      if (!this.footed.has(page)) this.footerOn(page, this.margin, y, on);
    });
    return this.canvas;
  }

  /**
   * A last sheet listing what to bring, what to write by hand and where it goes. It starts a sheet
   * of its own: after a form of an odd number of pages a blank page comes first, so duplex printing
   * never puts the app's checklist on the back of the form handed in (issue 17 item 8).
   */
  checklist(title: string, items: readonly string[], byHand: readonly string[]): this {
    const c = this.canvas;
    if (c.pages.length % 2 === 1) {
      this.page(c.size);
      c.text(
        c.size.width / 2,
        c.size.height / 2,
        '（白紙）両面印刷のとき、提出する書類の裏にチェックリストが印刷されないための白紙です。',
        9,
        'center',
      );
    }
    this.page(A4);
    c.text(this.left, this.y + 10, `${title}　提出前のチェックリスト`, 14);
    this.y += 34;
    const list = (heading: string, lines: readonly string[]) => {
      c.text(this.left, this.y, heading, 10.5);
      this.y += 8;
      for (const l of lines) {
        c.rect(this.left + 4, this.y + 3, 9, 9, { lineWidth: 0.5 });
        c.fit(this.left + 18, this.y, this.width - 18, 15, l, 10);
        this.y += 17;
      }
      this.y += 14;
    };
    list('持っていくもの・すること', items);
    if (byHand.length) list('手書きで記入する欄（アプリでは記入していません）', byHand);
    return this;
  }
}

/** 令和8年 11月 12日, for a header's date line. */
export function dateLine(label: string, on: string): string {
  return `${label}　${wareki(on)}`;
}

export type Sex = 'female' | 'male' | null;

/** 男／女 check boxes, ticked from the household's record only. */
export function sexChecks(sex: Sex | undefined, w?: number): Cell {
  return {
    checks: [
      ['男', sex === 'male'],
      ['女', sex === 'female'],
    ],
    ...(w !== undefined ? { w } : {}),
  };
}

/**
 * The three rows a person takes on most municipal forms: フリガナ (with 性別
 * or another short item at the right), 氏名 + 生年月日 in 和暦, 個人番号 in 12 boxes.
 */
export function personRows(
  s: Sheet,
  p: PersonOnForm & { sex?: Sex },
  o: { labelWidth: number; right?: Cell[]; myNumberNote?: string },
): Sheet {
  const L = o.labelWidth;
  const right = o.right ?? [{ label: '性別', w: 40 }, sexChecks(p.sex, 90)];
  return s
    .row(16, [{ label: 'フリガナ', w: L }, { value: kanaOf(p), size: 8.5 }, ...right])
    .row(22, [
      { label: '氏　名', w: L },
      { value: fullName(p), size: 12 },
      { label: '生年月日', w: 50 },
      { value: wareki(p.birthDate), w: 120, size: 9 },
    ])
    .row(22, [
      { label: '個人番号', w: L },
      { digits: p.myNumber ?? '', count: 12, w: 190 },
      { note: o.myNumberNote ?? '※番号確認・身元確認のため、本人確認書類を提示してください', size: 6.5 },
    ]);
}

/** The applicant's block: a section with the person's rows, then the address (most forms open so). */
export function applicantRows(
  s: Sheet,
  title: string,
  p: PersonOnForm & { sex?: Sex; address: Address },
  o: { labelWidth: number; right?: Cell[] },
): Sheet {
  personRows(s.section(title), p, o);
  return addressRow(s, p.address, o.labelWidth);
}

/** 署名 (by hand, always), with the optional seal box. */
export function signatureRow(s: Sheet, h: number, labelWidth: number, who: string, seal: boolean): Sheet {
  return s.row(h, [
    { label: '署　名', w: labelWidth },
    { value: '', caption: `（${who}が署名してください）` },
    ...(seal ? [{ seal: '印（任意）', w: 60 }] : []),
  ]);
}

/** 住所 with its 〒 above, the value shrunk or wrapped to the box. */
export function addressRow(s: Sheet, a: Address, labelWidth: number, label = '住　所'): Sheet {
  return s.row(30, [
    { label, w: labelWidth },
    { value: addressLine(a), caption: `〒 ${a.postalCode}`, size: 10.5 },
  ]);
}

/** Check boxes left for the person to tick (the household does not say). */
export function blank(...labels: string[]): Check[] {
  return labels.map((l): Check => [l, false]);
}

/** A grey label and the value box beside it: the commonest pair of cells on these forms. */
export function labelled(
  label: string,
  value: string,
  labelWidth: number,
  valueWidth?: number,
  size?: number,
): Cell[] {
  return [
    { label, w: labelWidth },
    {
      value,
      ...(valueWidth !== undefined ? { w: valueWidth } : {}),
      ...(size !== undefined ? { size } : {}),
    },
  ];
}

/** An account as the forms draw it (the household's, or one in the payee's own name). */
export type AccountOnForm = {
  bankName: string;
  branchName: string;
  accountType?: 'ordinary' | 'current';
  accountNumber: string;
  holderKana: string;
} | null;

/**
 * 振込先: a row of 金融機関名・支店名 (with 普通／当座 where the form has them
 * there), then 口座番号 in 7 boxes and 口座名義 — unless `numberRow` is false
 * (the insurer's form lays those out its own way).
 */
export function bankRows(
  s: Sheet,
  a: AccountOnForm,
  o: {
    labelWidth: number;
    nameRowHeight?: number;
    bankWidth?: number;
    branchWidth?: number;
    numberWidth?: number;
    typeBoxes?: boolean;
    numberRow?: boolean;
  },
): Sheet {
  const L = o.labelWidth;
  s.row(o.nameRowHeight ?? 22, [
    ...labelled('金融機関名', a?.bankName ?? '', L, o.bankWidth),
    ...labelled('支店名', a?.branchName ?? '', 50, o.branchWidth ?? 130),
    ...(o.typeBoxes
      ? [
          { label: '種別', w: 36 },
          {
            checks: [
              ['普通', a?.accountType === 'ordinary'],
              ['当座', a?.accountType === 'current'],
            ] as const,
          },
        ]
      : []),
  ]);
  if (o.numberRow === false) return s;
  return s.row(22, [
    { label: '口座番号', w: L },
    { digits: a?.accountNumber ?? '', count: 7, w: o.numberWidth ?? 130 },
    ...labelled('口座名義（カナ）', a?.holderKana ?? '', 80),
  ]);
}

/** The names of the health insurers as the forms print them, in the order a form lists them. */
const INSURER_JA = {
  national: '国民健康保険',
  employee: '協会けんぽ・健康保険組合',
  'mutual-aid': '共済組合',
} as const;
export function insurers<K extends keyof typeof INSURER_JA>(...order: K[]): (readonly [string, K])[] {
  return order.map((k) => [INSURER_JA[k], k] as const);
}

/** A grey label and check boxes, the one whose value the household records ticked (null: never ticked). */
export function choices<T>(
  label: string,
  labelWidth: number,
  chosen: T,
  options: readonly (readonly [string, T | null])[],
): Cell[] {
  return [
    { label, w: labelWidth },
    { checks: options.map(([l, v]): Check => [l, v !== null && v === chosen]) },
  ];
}
