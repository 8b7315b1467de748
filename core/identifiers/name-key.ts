/**
 * The comparison key of a person's name, for deciding whether two claims are
 * about the same person (never shown, never stored in clear). A name can be
 * "dressed up" without changing what a reader sees; the key undoes each way:
 *
 * - NFKC: full-width / half-width forms, compatibility ideographs (U+F900…)
 *   and circled or squared forms fold to their ordinary character;
 * - every Default_Ignorable_Code_Point goes: zero-width space U+200B, word
 *   joiner U+2060, soft hyphen U+00AD, ZWJ/ZWNJ, the variation selectors
 *   U+FE00–FE0F and the ideographic variation selectors (IVS) U+E0100–E01EF —
 *   an IVS picks a glyph of the same character, so 葛󠄀 and 葛 are one name;
 * - white space of any kind goes ("佐藤 健太" = "佐藤健太");
 * - a short table of 異体字 used in names folds to the common form (髙→高,
 *   﨑→崎, 邊/邉→辺, …), as municipal 名寄せ does. It also folds 籐 (rattan)
 *   to 藤 (wisteria): they are different characters, not variants, but they
 *   look alike and no family registers a child under a name that differs
 *   from a sibling's only by that stroke. Decision: for a duplicate check the
 *   cost of a false "same name" is a 409 the family can clear at the counter;
 *   the cost of a false "different" is a double payment. See also
 *   fixtures/municipality/server.ts `claimKeysOf`, which leaves the child's
 *   family name out of the claim's identity altogether.
 */
const IGNORABLE = /[\p{Default_Ignorable_Code_Point}\s]/gu;

/** 異体字 → the form used for comparison (left: the rarer form). */
const VARIANTS: Record<string, string> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  邊: '辺',
  邉: '辺',
  濵: '浜',
  濱: '浜',
  齋: '斎',
  齊: '斉',
  櫻: '桜',
  廣: '広',
  澤: '沢',
  國: '国',
  眞: '真',
  惠: '恵',
  德: '徳',
  冨: '富',
  檜: '桧',
  籐: '藤',
  𠮷: '吉',
};
const VARIANT_RE = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'gu');

export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(IGNORABLE, '')
    .replace(VARIANT_RE, (c) => VARIANTS[c] ?? c);
}
