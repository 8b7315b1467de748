import { describe, expect, it } from 'vitest';
import { splitJapanese } from './mixed-text';

describe('splitJapanese', () => {
  it('marks the Japanese terms of an English text, keeping every character', () => {
    const text = 'Maternal and Child Health Handbook (母子健康手帳) and 2 copies of 戸籍謄本';
    const runs = splitJapanese(text);
    expect(runs.map((r) => r.text).join('')).toBe(text);
    expect(runs.filter((r) => r.ja).map((r) => r.text)).toEqual(['母子健康手帳', '戸籍謄本']);
  });
  it('keeps digits inside a Japanese run (2回目) and leaves plain English as one run', () => {
    expect(
      splitJapanese('(2回目・胎児数)')
        .filter((r) => r.ja)
        .map((r) => r.text),
    ).toEqual(['回目・胎児数']);
    expect(splitJapanese('Birth registration')).toEqual([{ text: 'Birth registration', ja: false }]);
    expect(splitJapanese('')).toEqual([]);
  });
});
