/**
 * フリガナ input: whatever the parent types (hiragana from the IME, half-width katakana
 * from an old keyboard setting, full-width katakana, or romaji from a keyboard without a
 * Japanese IME — a foreign resident typing 「sumisu」) becomes the full-width katakana the
 * household format and the forms carry. Unicode NFKC (built into JavaScript) first folds
 * half-width katakana (ｶﾞ → ガ) and full-width Latin; wanakana then converts hiragana and
 * Hepburn/kunrei romaji (「sumisu」 → スミス, 「ma-ku」 → マーク, a final n → ン). Letters that
 * are no syllable (「smith」 → 「sミth」) stay Latin, so the check below still names them; the
 * screens show the converted text back for the parent to confirm (TextField).
 */
import { toKatakana } from 'wanakana';

/** The characters `nonstop-household/1` accepts in a kana field (schema.ts). */
const KATAKANA = /^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]+$/;
// CJK ideographs (incl. extension A and compatibility ideographs) and 々〆ヶ used in names.
const KANJI = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u3005\u3006]/;

/** ひらがな・半角ｶﾀｶﾅ・ローマ字 → 全角カタカナ; spaces become one full-width space; trimmed. */
export function toKatakanaInput(text: string): string {
  const words = text
    .normalize('NFKC')
    .trim()
    .split(/[\s\u3000]+/);
  // word by word: wanakana leaves a whole string untouched once it meets an ideographic space
  return words.map((w) => toKatakana(w)).join('\u3000');
}

/** Whether the text as typed holds Latin letters (romaji), so the screen shows what they became. */
export const hasRomaji = (text: string): boolean => /[A-Za-z]/.test(text.normalize('NFKC'));

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
