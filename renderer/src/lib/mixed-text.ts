/**
 * English text that keeps a Japanese term ("Maternal and Child Health Handbook (母子健康手帳)", a
 * family's name) is split into runs so the Japanese ones can be marked lang="ja": a screen reader
 * then reads them with a Japanese voice and the font picks Japanese glyphs.
 */
const RUN =
  /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef][\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef0-9０-９]*/gu;

export interface Run {
  text: string;
  ja: boolean;
}

export function splitJapanese(text: string): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const m of text.matchAll(RUN)) {
    const i = m.index;
    if (i > at) runs.push({ text: text.slice(at, i), ja: false });
    runs.push({ text: m[0], ja: true });
    at = i + m[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at), ja: false });
  return runs;
}
