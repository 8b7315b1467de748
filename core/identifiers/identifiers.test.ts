import { describe, expect, it } from 'vitest';
import {
  isValidMunicipalityCode,
  isValidMyNumber,
  municipalityCheckDigit,
  myNumberCheckDigit,
} from './identifiers';

describe('個人番号 check digit (fact sheet §12)', () => {
  it.each([
    ['983205673214', true], // the fact sheet's valid example
    ['983205673215', false],
    ['123456789018', true],
    ['12345678901', false], // 11 digits
    ['98320567321a', false],
  ])('%s → %s', (value, valid) => {
    expect(isValidMyNumber(value)).toBe(valid);
  });

  it('computes the digit of the worked example', () => {
    expect(myNumberCheckDigit('98320567321')).toBe(4);
  });
});

describe('全国地方公共団体コード check digit (fact sheet §12)', () => {
  it.each([
    ['131016', true], // 千代田区
    ['131121', true], // 世田谷区
    ['141003', true], // 横浜市
    ['271004', true], // 大阪市
    ['010006', true], // 北海道
    ['131122', false],
    ['13112', false],
  ])('%s → %s', (value, valid) => {
    expect(isValidMunicipalityCode(value)).toBe(valid);
  });

  it('computes 世田谷区', () => {
    expect(municipalityCheckDigit('13112')).toBe(1);
  });
});
