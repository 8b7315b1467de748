/**
 * Layout and language checks for any screen, shared by the end-to-end specs (the same rules
 * as the daily-experience spec's own): no horizontal scroll, no visible text cut off or pushed
 * past the window's edge, and no text in the other language (the family's own words taken
 * out; in English, a Japanese term in parentheses right after its English is the app's rule).
 */
import type { Page } from 'playwright-core';

/** The smallest to the largest window the issue asks for, and 200% zoom of the smaller two (Ctrl +). */
export const SIZES = [
  { name: '1024x700', width: 1024, height: 700 },
  { name: '800x600', width: 800, height: 600 },
  { name: '1024x700-zoom200', width: 512, height: 350 },
  { name: '800x600-zoom200', width: 400, height: 300 },
] as const;

export async function noHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);
}

/**
 * Visible text that is cut off: an element whose text overflows a box that clips it
 * (overflow hidden/clip, or an ellipsis), or that reaches past the window's left or right edge.
 * Visually-hidden helpers (1px, clipped on purpose for screen readers) are not text on screen.
 */
export async function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    for (const el of document.querySelectorAll('body *')) {
      if (!(el instanceof HTMLElement) || !el.offsetParent) continue;
      const cs = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      if (r.width <= 2 || r.height <= 2 || cs.visibility === 'hidden') continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
      if (!hasText) continue;
      const clips = cs.overflowX === 'hidden' || cs.overflowX === 'clip' || cs.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1) out.push(`clipped ${name(el)}`);
      // partly past an edge (wholly outside is the skip link's idiom: it comes in on focus)
      const partly =
        (r.right > window.innerWidth + 1 && r.left < window.innerWidth) || (r.left < -1 && r.right > 0);
      if (partly) out.push(`off-screen ${name(el)}`);
    }
    return out;
  });
}

export const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** An English term's Japanese name in parentheses right after it (the catalog's rule): "Handbook (母子健康手帳)". */
export const TERM =
  /(?<=[A-Za-z0-9.)'"]) \((?:[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[0-9 /…])+\)/gu;
/**
 * Latin words the Japanese UI may show: vaccine and file-format names (the household file's
 * format, nonstop-household/1, among them), and the language menu's own name.
 */
export const LATIN_OK = /^(BCG|MR|DPT-IPV-Hib|DPT-IPV|Hib|ICS|PDF|ID|OS|PIN|English|JSON|nonstop-household)$/;
/** Japanese the English UI shows on purpose: the language menu's own name, the Japanese dates a date field accepts. */
const EN_OK = ['日本語', '令和8年11月23日', '平成31年5月1日', '令和元年5月1日'];

/**
 * Lines of the page in the wrong language, after the family's own words (names, kana, address,
 * labels — `family`, whole strings and their space-separated parts) are taken out.
 */
export async function wrongLanguage(
  page: Page,
  lang: 'ja' | 'en',
  family: readonly string[],
): Promise<string[]> {
  let text = await page.evaluate(() => document.body.innerText);
  const words = new Set<string>();
  for (const f of family) {
    words.add(f);
    for (const w of f.split(/[\s\u3000]+/)) if (w) words.add(w);
  }
  for (const w of [...words].sort((a, b) => b.length - a.length)) text = text.split(w).join(' ');
  if (lang === 'en') {
    text = text.replace(TERM, '');
    for (const ok of EN_OK) text = text.split(ok).join(' ');
    return text.split('\n').filter((l) => JAPANESE.test(l));
  }
  return (text.match(/[A-Za-z][A-Za-z-]{2,}/g) ?? []).filter((w) => !LATIN_OK.test(w));
}
