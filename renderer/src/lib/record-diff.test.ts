/**
 * The diff screen writes values for people (issue 20: 性別 was the raw
 * `female`, dates were ISO, a found guardian read 「いません」).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { locale } from './i18n';
import { missingText, valueText } from './record-diff';

afterEach(() => {
  locale.current = 'ja';
});

describe('diff values as a parent reads them', () => {
  it('Japanese: 男/女, 和暦, the household role in Japanese; no raw value left', () => {
    locale.current = 'ja';
    expect(valueText('sex', 'female')).toBe('女');
    expect(valueText('sex', 'male')).toBe('男');
    expect(valueText('date', '2019-05-01')).toContain('令和元年5月1日');
    expect(valueText('date', '1993-02-14')).toContain('平成5年2月14日');
    expect(valueText('relationship', 'mother')).toBe('母');
    expect(valueText('relationship', 'child')).toBe('子');
    expect(valueText('relationship', '妻')).toBe('妻');
    for (const v of [valueText('sex', 'female'), valueText('date', '2026-11-12')])
      expect(v).not.toMatch(/[a-z]/i);
  });

  it('English: Female, an English date', () => {
    locale.current = 'en';
    expect(valueText('sex', 'female')).toBe('Female');
    expect(valueText('date', '2026-11-12')).toMatch(/2026/);
    expect(valueText('relationship', 'father')).toBe('Father');
  });

  it('an empty cell says why: not in the family, not filled in, or not kept', () => {
    locale.current = 'ja';
    expect(missingText({ memberFound: false, applicable: false })).toBe('（この端末の家族の情報にいません）');
    expect(missingText({ memberFound: true, applicable: true })).toBe('（この端末では未記入）');
    expect(missingText({ memberFound: true, applicable: false })).toBe('（この端末では記録しない項目です）');
  });
});
