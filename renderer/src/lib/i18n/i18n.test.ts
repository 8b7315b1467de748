/**
 * The message catalogue is complete: every messages/*.ts file is registered,
 * every key has Japanese and English text with the same placeholders, no key
 * is defined twice, and the Japanese side has no stray English sentence.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, locale, localeFromLanguages, placeholders, registered, t } from './index';

type Module = { ja: Record<string, string>; en: Record<string, string> };
const files = import.meta.glob<Module>('./messages/*.ts', { eager: true });

describe('i18n catalogue', () => {
  it('registers every messages/*.ts file', () => {
    const names = Object.keys(files).map((f) => f.replace(/^\.\/messages\/(.*)\.ts$/, '$1'));
    expect(names.length).toBeGreaterThan(0);
    expect(Object.keys(registered).sort()).toEqual(names.sort());
  });

  for (const [file, mod] of Object.entries(files)) {
    it(`${file}: every key in both languages with the same placeholders`, () => {
      const ja = Object.keys(mod.ja).sort();
      const en = Object.keys(mod.en).sort();
      expect(en).toEqual(ja);
      for (const key of ja) {
        const a = mod.ja[key] as string;
        const b = mod.en[key] as string;
        expect(a.trim(), `${key} ja empty`).not.toBe('');
        expect(b.trim(), `${key} en empty`).not.toBe('');
        expect(placeholders(b), `${key}: placeholders differ`).toEqual(placeholders(a));
      }
    });
  }

  it('defines no key twice across files', () => {
    const seen = new Map<string, string>();
    for (const [file, mod] of Object.entries(files))
      for (const key of Object.keys(mod.ja)) {
        expect(seen.get(key), `${key} in ${file} and ${seen.get(key)}`).toBeUndefined();
        seen.set(key, file);
      }
  });

  it('keeps English words out of the Japanese text (except names and formats)', () => {
    const allowed = /^(ID|ICS|JSON|PDF|PIN|nonstop-household\/1|English|OS)$/;
    for (const [key, text] of Object.entries(catalogue.ja)) {
      const words = text.replace(/\{\w+\}/g, '').match(/[A-Za-z][A-Za-z-]{2,}(?:\/\d)?/g) ?? [];
      for (const w of words) expect(allowed.test(w), `${key}: "${w}" in Japanese text`).toBe(true);
    }
  });

  it('keeps Japanese out of the English text (except a term after its English, and input examples)', () => {
    // Allowed: "Child allowance (児童手当)" — the word a parent meets on the paper or at the counter, in
    // parentheses right after its English (the catalog's rule, core/catalog/catalog.test.ts); the name of
    // the language itself; the Japanese dates a date field accepts, shown as examples.
    const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
    const TERM =
      /(?<=[A-Za-z0-9.)'"]) \((?:[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[0-9])+\)/gu;
    const examples = new Set([
      'settings.language.ja',
      'household.field.dateHint',
      'household.error.date.format',
      'household.error.date.era',
    ]);
    for (const [key, text] of Object.entries(catalogue.en)) {
      if (examples.has(key)) continue;
      expect(text.replace(TERM, ''), `${key}: Japanese in English text`).not.toMatch(JAPANESE);
    }
    // positive control: the check does catch Japanese outside a term
    expect('期限 is near'.replace(TERM, '')).toMatch(JAPANESE);
  });

  it('fills placeholders and switches language', () => {
    expect(t('days.left', { n: 4 }, 'ja')).toBe('あと4日');
    expect(t('days.left', { n: 4 }, 'en')).toBe('4 days left');
    const before = locale.current;
    locale.set('en');
    expect(t('app.nav.settings')).toBe('Settings');
    locale.set('ja');
    expect(t('app.nav.settings')).toBe('設定');
    locale.set(before);
  });

  it('a catalogue with a missing or mismatched key fails the check (positive control)', () => {
    const bad: Module = { ja: { 'x.a': '{name}さん', 'x.b': 'b' }, en: { 'x.a': 'Mr {nom}' } };
    expect(Object.keys(bad.en).sort()).not.toEqual(Object.keys(bad.ja).sort());
    expect(placeholders(bad.en['x.a'] as string)).not.toEqual(placeholders(bad.ja['x.a'] as string));
  });

  it('defaults to the OS / browser language', () => {
    expect(localeFromLanguages(['ja-JP', 'en-US'])).toBe('ja');
    expect(localeFromLanguages(['en-GB'])).toBe('en');
    expect(localeFromLanguages(['pt-BR', 'ja'])).toBe('ja');
    expect(localeFromLanguages(['vi-VN'])).toBe('en');
  });
});
