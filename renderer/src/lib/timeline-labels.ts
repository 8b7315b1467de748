/**
 * Row labels of the journey timeline (an SVG, where text does not wrap by itself): a title
 * too wide for the label column is broken onto more lines, never clipped, so "妊婦のための支援給付
 * （2回目・胎児数の届出）" or "Pneumococcal conjugate dose 2" stays readable whole.
 *
 * Widths are estimated, not measured (no layout pass per row, same result in print and tests):
 * full-width characters (kana, kanji, full-width punctuation) are 1 em in BIZ UDPGothic, Latin
 * letters and digits are taken at a generous 0.6 em (its average is nearer 0.55), spaces 0.3 em.
 */

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Estimated width of `text` in em. */
export function textEm(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 1 : ch === ' ' ? 0.3 : 0.6;
  return w;
}

/**
 * Whether a line may end after `chars[i]`: 3 before an opening bracket (the best place: the
 * bracket's words stay together), 2 at a space or after 、・）, 1 between two wide characters
 * (Japanese may break there, but not before small kana or closing punctuation), 0 nowhere else.
 */
function breakAfter(chars: string[], i: number): 0 | 1 | 2 | 3 {
  const a = chars[i] as string;
  const b = chars[i + 1];
  if (b === '（' || b === '(' || b === '「') return 3;
  if (b === undefined || b === ' ') return 2;
  if (a === ' ') return 0;
  if ('、・）)」'.includes(a)) return 2;
  return WIDE.test(a) && WIDE.test(b) && !'ゃゅょっャュョッー、。）」・'.includes(b) ? 1 : 0;
}

/**
 * `text` broken into lines of at most `maxEm` each: at the best break that leaves the line at least
 * 40 % full (the last of equal ones), else at the last possible one (a word longer than a line is
 * broken anywhere). A line's width is counted without the spaces that end it.
 */
export function wrapLabel(text: string, maxEm: number): string[] {
  const chars = [...text];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let width = 0;
    let good = -1;
    let goodRank = 0;
    let any = -1;
    let i = start;
    for (; i < chars.length; i++) {
      const w = textEm(chars[i] as string);
      if (width + w > maxEm && i > start) break;
      width += w;
      const b = breakAfter(chars, i);
      if (b >= 2 && b >= goodRank && width >= 0.4 * maxEm) [good, goodRank] = [i, b];
      if (b > 0) any = i;
    }
    let end = i >= chars.length ? chars.length - 1 : good >= 0 ? good : any >= 0 ? any : i - 1;
    // the space at a break stays at the line's end (invisible there), so the lines joined are the
    // title again: the accessible name (the row's aria-label) keeps matching the visible text
    while (chars[end + 1] === ' ') end++;
    lines.push(chars.slice(start, end + 1).join(''));
    start = end + 1;
  }
  return lines.length > 0 ? lines : [''];
}
