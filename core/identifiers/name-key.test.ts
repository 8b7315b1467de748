import { describe, expect, it } from 'vitest';
import { nameKey } from './name-key';

describe('nameKey: a name cannot be dressed up', () => {
  it.each([
    ['zero-width space', '佐\u200B藤'],
    ['word joiner', '佐藤\u2060'],
    ['soft hyphen', '\u00AD佐藤'],
    ['zero-width joiner', '佐\u200D藤'],
    ['IVS selector (U+E0100)', '佐藤\u{E0100}'],
    ['standard variation selector', '佐藤\uFE00'],
    ['ideographic space', '佐\u3000藤'],
    ['籐 for 藤', '佐籐'],
  ])('%s folds to the plain name', (_why, dressed) => {
    expect(nameKey(dressed)).toBe('佐藤');
  });

  it('folds width and compatibility forms (NFKC) and 異体字', () => {
    expect(nameKey('ｻﾄｳ')).toBe('サトウ');
    expect(nameKey('髙橋')).toBe(nameKey('高橋'));
    expect(nameKey('山﨑')).toBe(nameKey('山崎'));
    expect(nameKey('渡邉')).toBe(nameKey('渡辺'));
  });

  it('keeps different names different', () => {
    expect(nameKey('陽翔')).not.toBe(nameKey('陽斗'));
    expect(nameKey('佐藤')).not.toBe(nameKey('佐東'));
  });
});
