import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  generateRecoveryCode,
  groupsToConfirm,
  parseRecoveryCode,
  recoveryGroup,
} from './recovery';

const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));

describe('recovery codes', () => {
  it('are 6 groups of 5 Crockford base32 characters and parse back', () => {
    const code = generateRecoveryCode(random);
    expect(code).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){5}[0-9A-HJKMNP-TV-Z]{5}$/);
    const p = parseRecoveryCode(code);
    expect(p.ok && formatRecoveryCode(p.code)).toBe(code);
  });

  it('carry 145 random bits: 1,000 codes are all different and use the whole alphabet', () => {
    const codes = new Set(Array.from({ length: 1000 }, () => generateRecoveryCode(random)));
    expect(codes.size).toBe(1000);
    const chars = new Set([...codes].join('').replace(/-/g, ''));
    expect(chars.size).toBe(32);
  });

  it('accept what people type: lower case, spaces, full-width, O for 0 and I/L for 1', () => {
    const code = '0123456789ABCDEFGHJKMNPQRSTVWX';
    // make a valid check character for this body
    const body = code.slice(0, 29);
    const valid = [...'0123456789ABCDEFGHJKMNPQRSTVWXYZ']
      .map((c) => body + c)
      .find((c) => parseRecoveryCode(c).ok) as string;
    const typed = valid.toLowerCase().replace('0', 'o').replace('1', 'l');
    expect(parseRecoveryCode(typed)).toEqual({ ok: true, code: valid });
    const fullWidth = valid.replace(/[0-9A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    expect(parseRecoveryCode(formatRecoveryCode(fullWidth).replace(/-/g, ' '))).toEqual({
      ok: true,
      code: valid,
    });
  });

  it('catch every single mistyped character with the check character', () => {
    const code = parseRecoveryCode(generateRecoveryCode(random));
    if (!code.ok) throw new Error('generated code does not parse');
    const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    let tried = 0;
    for (let i = 0; i < code.code.length; i++)
      for (const c of alphabet) {
        if (c === code.code[i]) continue;
        const typo = code.code.slice(0, i) + c + code.code.slice(i + 1);
        expect(parseRecoveryCode(typo)).toEqual({ ok: false, problem: 'check' });
        tried++;
      }
    expect(tried).toBe(30 * 31);
  });

  it('refuse the wrong length and characters outside the alphabet', () => {
    expect(parseRecoveryCode('ABCDE-FGHJK')).toEqual({ ok: false, problem: 'length' });
    expect(parseRecoveryCode('UUUUU-UUUUU-UUUUU-UUUUU-UUUUU-UUUUU')).toEqual({
      ok: false,
      problem: 'character',
    });
  });

  it('ask back two different groups', () => {
    for (let i = 0; i < 200; i++) {
      const [a, b] = groupsToConfirm(random);
      expect(a).toBeGreaterThanOrEqual(1);
      expect(b).toBeLessThanOrEqual(6);
      expect(a).toBeLessThan(b);
    }
    const code = generateRecoveryCode(random);
    expect(recoveryGroup(code, 3)).toBe(code.split('-')[2]);
  });
});
