import { describe, expect, it } from 'vitest';
import { catalog, knownItemIds } from './catalog';
import { NATIONAL_DEFAULTS } from './municipalities/overlay';

const REQUIRED = [
  'pregnancy-notification',
  'pregnancy-checkup-vouchers',
  'pregnancy-support-payment-1',
  'pregnancy-support-payment-2',
  'childbirth-lump-sum',
  'maternity-allowance',
  'birth-registration',
  'child-health-insurance',
  'child-allowance-application',
  'child-medical-subsidy',
  'newborn-home-visit',
  'low-birth-weight-notification',
  'childcare-leave-benefit',
  'post-birth-leave-support-benefit',
  'checkup-1m',
  'checkup-3-4m',
  'checkup-6-7m',
  'checkup-9-10m',
  'checkup-18m',
  'checkup-3y',
  'hepb-1',
  'hepb-2',
  'hepb-3',
  'rota-1',
  'rota-2',
  'rota-3',
  'dtp-ipv-hib-1',
  'dtp-ipv-hib-2',
  'dtp-ipv-hib-3',
  'dtp-ipv-hib-4',
  'pcv-1',
  'pcv-2',
  'pcv-3',
  'pcv-4',
  'bcg',
  'mr-1',
  'mr-2',
  'varicella-1',
  'varicella-2',
  'je-1',
  'je-2',
  'je-3',
  'nursery-application',
  'preschool-free-education',
  'children-drop-in-care',
  'child-rearing-allowance',
  'special-child-rearing-allowance',
  'school-entry-checkup',
];

describe('the catalog', () => {
  it('validates at load and covers every required item id', () => {
    const ids = knownItemIds();
    expect(REQUIRED.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every service a legal basis, a source URL, a rule and what makes it apply', () => {
    for (const s of catalog().services) {
      expect(s.legalBasis.length, s.id).toBeGreaterThan(0);
      expect(() => new URL(s.source), s.id).not.toThrow();
      expect(s.rule.length, s.id).toBeGreaterThan(10);
      expect(s.appliesWhen.length, s.id).toBeGreaterThan(5);
    }
    for (const v of catalog().vaccines) expect(() => new URL(v.source), v.id).not.toThrow();
  });

  describe('English texts (en) for foreign residents', () => {
    // Japanese script: kana, CJK ideographs, CJK and full-width punctuation (、。「」（）〜・ and full-width forms).
    const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
    // The one place Japanese may appear: a term in parentheses right after its English ("Maternal and Child Health
    // Handbook (母子健康手帳)"), the name printed on the paper or used at the counter. Nothing else inside them.
    const TERM =
      /(?<=[A-Za-z0-9.)'"]) \((?:[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[0-9])+\)/gu;
    const english = (text: string): string => text.replace(TERM, '');
    const check = (id: string, field: string, text: string | undefined): void => {
      expect(text, `${id} en.${field}`).toBeTypeOf('string');
      expect((text as string).trim().length, `${id} en.${field}`).toBeGreaterThan(0);
      expect(
        english(text as string),
        `${id} en.${field}: Japanese outside a "English (日本語)" term`,
      ).not.toMatch(JAPANESE);
    };

    it('the check itself: accepts a term after its English, refuses Japanese anywhere else', () => {
      expect(english('Maternal and Child Health Handbook (母子健康手帳)')).not.toMatch(JAPANESE);
      expect(english('Claim form (認定請求書), and a bank account')).not.toMatch(JAPANESE);
      expect(english('(母子健康手帳) at the start')).toMatch(JAPANESE);
      expect(english('Handbook （母子健康手帳）')).toMatch(JAPANESE);
      expect(english('Handbook (母子健康手帳 handbook)')).toMatch(JAPANESE);
      expect(english('届け出ます')).toMatch(JAPANESE);
      expect(english('Dec 29〜Jan 3')).toMatch(JAPANESE);
    });

    it('every service has its rule, appliesWhen, documents (same count and order) and legal basis in English', () => {
      for (const s of catalog().services) {
        check(s.id, 'rule', s.en.rule);
        check(s.id, 'appliesWhen', s.en.appliesWhen);
        check(s.id, 'legalBasis', s.en.legalBasis);
        expect(s.en.documents.length, `${s.id} en.documents`).toBe(s.documents.length);
        s.en.documents.forEach((d, i) => check(s.id, `documents[${i}]`, d));
        // An unverified fact is kept visible in both languages, never in one only.
        expect(s.en.unverified === undefined, `${s.id} en.unverified`).toBe(s.unverified === undefined);
        if (s.unverified !== undefined) check(s.id, 'unverified', s.en.unverified);
      }
    });

    it('every vaccine has its rule and legal basis in English', () => {
      for (const v of catalog().vaccines) {
        check(v.id, 'rule', v.en.rule);
        check(v.id, 'legalBasis', v.en.legalBasis);
      }
    });

    it('every municipal overlay (and the national defaults) has its copay, income limit and notes in English', () => {
      const overlays = [...catalog().overlays.values()].map((o) => ({ id: o.code, ...o }));
      for (const o of [...overlays, { id: 'national', ...NATIONAL_DEFAULTS }]) {
        for (const p of o.medicalSubsidy.periods) {
          check(o.id, 'copay', p.en.copay);
          expect(p.en.incomeLimit === null, `${o.id} en.incomeLimit`).toBe(p.incomeLimit === null);
          if (p.en.incomeLimit !== null) check(o.id, 'incomeLimit', p.en.incomeLimit);
        }
        const n: { unverified?: string; en?: { unverified: string } } = o.nursery;
        expect(n.en === undefined, `${o.id} nursery.en`).toBe(n.unverified === undefined);
        if (n.en) check(o.id, 'nursery.unverified', n.en.unverified);
      }
    });

    it('the English keeps the numbers of the Japanese (days, months, yen, articles)', () => {
      // A translation that drops or changes a figure would tell a parent a wrong deadline or amount. Every
      // number written in the Japanese rule appears in the English one: 万 and thousands commas written out,
      // month names, number words and ordinals read as numbers ("April" 4, "two" 2, "second" 2, monovalent 1);
      // 「1人につき」 is "per", N割 is N×10 %.
      const WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
      const ORDINALS = ['first', 'second', 'third'];
      const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
      const asNumber = (w: string): string => {
        const l = w.toLowerCase();
        if (WORDS.includes(l)) return String(WORDS.indexOf(l) + 1);
        if (ORDINALS.includes(l)) return String(ORDINALS.indexOf(l) + 1);
        if (l === 'thirds') return '3';
        if (l === 'monovalent') return '1';
        if (l === 'pentavalent') return '5';
        const m = MONTHS.indexOf(l.slice(0, 3));
        return m >= 0 &&
          /^(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)$/u.test(
            l,
          )
          ? String(m + 1)
          : w;
      };
      const numbers = (t: string): Set<string> =>
        new Set(
          [
            ...t
              .replace(/1人(?:につき|ごと)/gu, 'per')
              .replace(/(\d+)割/gu, (_, n: string) => `${Number(n) * 10}%`)
              .replace(/(\d+(?:\.\d+)?)万/gu, (_, n: string) => String(Math.round(Number(n) * 10000)))
              .replace(/(?<=\d),(?=\d{3})/gu, '')
              .replace(/[A-Za-z]+/gu, asNumber)
              .matchAll(/\d+/gu),
          ].map((m) => m[0]),
        );
      const missing = [...catalog().services, ...catalog().vaccines].flatMap((e) => {
        const en = numbers(e.en.rule);
        return [...numbers(e.rule)].filter((n) => !en.has(n)).map((n) => `${e.id}: ${n}`);
      });
      expect(missing, 'numbers of a Japanese rule missing in its en.rule').toEqual([]);
    });
  });

  it('has at least four private offers, all opt-in', () => {
    const priv = catalog().services.filter((s) => s.kind === 'private');
    expect(priv.length).toBeGreaterThanOrEqual(4);
    for (const s of priv)
      expect(
        s.conditions.some((c) => c.when === 'opted-in'),
        s.id,
      ).toBe(true);
  });

  it('has overlays for 世田谷区, 横浜市 and 大阪市', () => {
    expect([...catalog().overlays.keys()].sort()).toEqual(['131121', '141003', '271004']);
  });
});
