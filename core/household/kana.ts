/**
 * フリガナ input: whatever the parent types (hiragana from the IME, half-width katakana
 * from an old keyboard setting, full-width katakana) becomes the full-width katakana the
 * household format and the forms carry. wanakana converts hiragana → katakana; Unicode NFKC
 * (built into JavaScript) first folds half-width katakana (ｶﾞ → ガ) and full-width Latin.
 */
import { toKatakana } from 'wanakana';

/** The characters `nonstop-household/1` accepts in a kana field (schema.ts). */
const KATAKANA = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]+$/;
// CJK ideographs (incl. extension A and compatibility ideographs) and 々〆ヶ used in names.
const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3005\u3006]/;

/** ひらがな・半角ｶﾀｶﾅ → 全角カタカナ; spaces become one full-width space; trimmed. */
export function toKatakanaInput(text: string): string {
  const folded = text
    .normalize('NFKC')
    .trim()
    .replace(/[\s\u3000]+/g, '\u3000');
  // passRomaji: Latin letters are left as typed (and then reported), never guessed into kana.
  return toKatakana(folded, { passRomaji: true });
}

export type KanaProblem = 'kana.empty' | 'kana.kanji' | 'kana.notKatakana' | 'kana.tooLong';

/** Why a kana field (after `toKatakanaInput`) is not acceptable, or null when it is. */
export function kanaProblem(text: string): KanaProblem | null {
  const v = text.trim();
  if (v === '') return 'kana.empty';
  if (KANJI.test(v)) return 'kana.kanji';
  if (!KATAKANA.test(v)) return 'kana.notKatakana';
  if (v.length > 40) return 'kana.tooLong';
  return null;
}
