import { describe, expect, it } from 'vitest';
import { canonicalBytes, canonicalJson, parseCanonical } from './canonical';

describe('canonical JSON', () => {
  it.each([
    [{ b: 1, a: [true, null, 'x'] }, '{"a":[true,null,"x"],"b":1}'],
    [{ 名: '佐藤', a: { z: 0, y: undefined } }, '{"a":{"z":0},"名":"佐藤"}'],
    ['改行\nあり', '"改行\\nあり"'],
  ])('%j → %s', (value, text) => expect(canonicalJson(value)).toBe(text));

  it('refuses non-integers rather than risk a float formatting difference', () => {
    expect(() => canonicalJson({ x: 1.5 })).toThrow(/integers only/);
  });

  it('round-trips through UTF-8 bytes', () => {
    const v = { claimant: { familyName: '佐藤' } };
    expect(parseCanonical(canonicalBytes(v))).toEqual(v);
  });
});
