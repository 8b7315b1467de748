/**
 * Prefilled form PDFs on the device: the font is BIZ UDPGothic (the universal
 * design family used on Japanese public documents), subset by HarfBuzz
 * (font-subset.ts, the face kept between renders) to exactly the characters
 * drawn, then embedded whole. The characters it lacks (𠮷 U+20BB7, the IVS
 * variants of the 戸籍 register it has no glyph for) come from a second subset
 * of Noto Sans JP (`FORM_FONTS`), embedded only when a form draws one of them.
 *
 * Why Noto Sans JP (npm @expo-google-fonts/noto-sans-jp, the same maintained
 * Google Fonts packaging as BIZ UDPGothic): a gothic face like the first, so a
 * name does not change style mid-word; Adobe-Japan1 coverage (17,103 glyphs,
 * all of JIS X 0213:2004 including 𠮷 and the other non-BMP 人名 kanji) and a
 * cmap 14 (IVS) table; SIL Open Font License, shipped inside the app (a
 * Debian font such as IPAmj明朝, which covers the whole MJ/戸籍統一文字 set,
 * would not reach the Windows and macOS builds, and is a Mincho).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { createSubsetter, type Subsetter, type SubsetterOptions } from './font-subset';
import { A4, type FontSubsetter } from '../../core/forms/pdf-canvas';
import { Sheet } from '../../core/forms/layout';
import { renderPdf } from '../../core/forms/pdf-render';

const require = createRequire(import.meta.url);

let fontBytes: Buffer | undefined;
export function bizUdpGothic(): Buffer {
  fontBytes ??= readFileSync(
    require.resolve('@expo-google-fonts/biz-udpgothic/400Regular/BIZUDPGothic_400Regular.ttf'),
  );
  return fontBytes;
}

/**
 * Subset options, measured on the 児童手当 form (build/bench/forms.ts): the
 * layout closure pulls in every glyph reachable by GSUB (vertical forms,
 * variants, ligatures) — 93.7 KB of TrueType for ~150 characters; without it
 * and without hinting (the PDF is rendered at print resolution, where TrueType
 * hinting does nothing visible) 28.9 KB. pdf-lib draws glyphs by code point
 * through the cmap, so the layout tables (GSUB/GPOS/GDEF) and the vertical
 * metrics are dropped too. Verified by rendering with no system fonts
 * (forms.golden.test.ts).
 */
export const SUBSET_OPTIONS: SubsetterOptions = {
  noHinting: true,
  noLayoutClosure: true,
  dropTables: [
    'GSUB',
    'GPOS',
    'GDEF',
    'BASE',
    'JSTF',
    'VORG',
    'DSIG',
    'gasp',
    'hdmx',
    'LTSH',
    'VDMX',
    'kern',
  ],
};

let subsetter: Promise<Subsetter> | undefined;

function loadSubsetter(): Promise<Subsetter> {
  subsetter ??= createSubsetter(bizUdpGothic(), SUBSET_OPTIONS);
  return subsetter;
}

export const subsetBizUdpGothic: FontSubsetter = async (text) => (await loadSubsetter()).subset(text);

let fallbackBytes: Buffer | undefined;
export function notoSansJp(): Buffer {
  fallbackBytes ??= readFileSync(
    require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  );
  return fallbackBytes;
}

let fallbackSubsetter: Promise<Subsetter> | undefined;
/** The fallback font, loaded the first time a form draws a character BIZ UDPGothic lacks. */
export const subsetNotoSansJp: FontSubsetter = async (text) => {
  fallbackSubsetter ??= createSubsetter(notoSansJp(), SUBSET_OPTIONS);
  return (await fallbackSubsetter).subset(text);
};

/** The fonts of every form, in order: each character is drawn with the first that has it. */
export const FORM_FONTS: readonly FontSubsetter[] = [subsetBizUdpGothic, subsetNotoSansJp];

/**
 * What the first form of a session would otherwise pay: read the font, compile
 * HarfBuzz, initialise fontkit and pdf-lib, and let V8 compile the drawing
 * path (every kind of cell, a value that wraps, two pages). The app calls it as
 * it starts, in the background, so the first form a person opens renders like
 * any other. The sheet is generic: no household, nothing kept.
 */
export async function warmUpFonts(): Promise<void> {
  for (let round = 0; round < 3; round++) {
    const s = new Sheet();
    s.header({
      formNo: '様式',
      title: '申請書',
      date: '令和8年 1月 1日',
      addressee: '市長',
      statement: '申請します。',
    });
    s.section('1　申請者')
      .row(20, [
        { label: '氏　名', w: 70 },
        { value: 'テスト　タロウ' },
        { digits: '123456789012', count: 12, w: 190 },
      ])
      .row(30, [
        { label: '住　所', w: 70 },
        { value: '東京都千代田区一丁目二番三号'.repeat(4), caption: '〒 100-0001' },
      ])
      .row(18, [
        {
          checks: [
            ['はい', true],
            ['いいえ', false],
          ],
        },
        { note: '※記入しないでください' },
        { seal: '印', w: 40 },
      ])
      .office(['受付印', '確認'])
      .footer('2026-01-01');
    s.page(A4);
    s.section('2　チェックリスト').row(20, [{ value: '母子健康手帳' }]);
    await renderPdf(s.canvas, subsetBizUdpGothic, { title: '', subject: '', creationDate: new Date(0) });
  }
}

/**
 * Rasterise a PDF with poppler's pdftoppm and no system fonts at all (an empty
 * fontconfig), so every glyph on the image comes from the font embedded in the
 * PDF. Returns the PNG of each page (grey, `dpi` dots per inch).
 */
export function rasterisePdf(pdf: Uint8Array, dpi: number): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'nonstop-raster-'));
  try {
    const conf = join(dir, 'fonts.conf');
    writeFileSync(
      conf,
      `<?xml version="1.0"?>\n<fontconfig><cachedir>${dir}/cache</cachedir></fontconfig>\n`,
    );
    writeFileSync(join(dir, 'form.pdf'), pdf);
    execFileSync('pdftoppm', ['-gray', '-png', '-r', String(dpi), join(dir, 'form.pdf'), join(dir, 'page')], {
      env: { ...process.env, FONTCONFIG_FILE: conf },
      stdio: 'pipe',
    });
    return readdirSync(dir)
      .filter((f) => f.startsWith('page') && f.endsWith('.png'))
      .sort()
      .map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
