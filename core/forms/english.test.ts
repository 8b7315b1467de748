/**
 * The forms' English (every `en` text of core/forms/data/*.json: titles, field labels, checklists,
 * reasons): Japanese may appear only as a term in parentheses right after its English ("Maternal and
 * Child Health Handbook (母子健康手帳)"), the name printed on the paper or used at the counter. The same
 * rule as the catalog's, the i18n messages' and the application screen's check in the e2e.
 */
import { describe, expect, it } from 'vitest';
import { FORMS } from './registry';
import birthRegistration from './data/birth-registration.json';
import childAllowanceApplication from './data/child-allowance-application.json';
import childHealthInsuranceEmployee from './data/child-health-insurance-employee.json';
import childHealthInsuranceNational from './data/child-health-insurance-national.json';
import childMedicalSubsidy from './data/child-medical-subsidy.json';
import childRearingAllowance from './data/child-rearing-allowance.json';
import childbirthLumpSum from './data/childbirth-lump-sum.json';
import nurseryApplication from './data/nursery-application.json';
import pregnancyNotification from './data/pregnancy-notification.json';
import pregnancySupportPaymentOne from './data/pregnancy-support-payment-1.json';

// Every data file (core tests read no files: a new form's data is imported here too; the first test
// checks that every form of the registry has its title among them).
const data: Record<string, unknown> = {
  'birth-registration.json': birthRegistration,
  'child-allowance-application.json': childAllowanceApplication,
  'child-health-insurance-employee.json': childHealthInsuranceEmployee,
  'child-health-insurance-national.json': childHealthInsuranceNational,
  'child-medical-subsidy.json': childMedicalSubsidy,
  'child-rearing-allowance.json': childRearingAllowance,
  'childbirth-lump-sum.json': childbirthLumpSum,
  'nursery-application.json': nurseryApplication,
  'pregnancy-notification.json': pregnancyNotification,
  'pregnancy-support-payment-1.json': pregnancySupportPaymentOne,
};
const files = Object.keys(data).sort();

// Japanese script: kana, CJK ideographs, CJK and full-width punctuation (、。「」（）〜・ and full-width forms).
const JAPANESE = /[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
/** A Japanese term in parentheses right after English (the e2e's rule): "Handbook (母子健康手帳)". */
const TERM =
  /(?<=[A-Za-z0-9.)'"]) \((?:[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]|[0-9 /…])+\)/gu;
const offends = (text: string): boolean => JAPANESE.test(text.replace(TERM, ''));

/** Every `en` string of a data file, with where it is ("checklist[3].en"). */
function englishTexts(json: unknown): [string, string][] {
  const out: [string, string][] = [];
  const walk = (v: unknown, at: string): void => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}[${i}]`));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        const here = at ? `${at}.${k}` : k;
        if (k === 'en' && typeof x === 'string') out.push([here, x]);
        else walk(x, here);
      }
  };
  walk(json, '');
  return out;
}

const texts = files.map((f) => [f, englishTexts(data[f])] as const);

describe("the forms' English", () => {
  it('reads every form data file and finds its English texts', () => {
    // the 児童手当 variants (公務員, 額改定) are made in code from the 認定請求書's data
    const derived = FORMS.filter(
      (f) => f.id.endsWith('/civil-servant') || f.procedure === 'child-allowance-revision',
    );
    expect(derived).toHaveLength(3);
    expect(files.length).toBe(FORMS.length - derived.length);
    const titles = new Set(Object.values(data).map((d) => (d as { title: { en: string } }).title.en));
    for (const f of FORMS) expect(titles.has(f.title.en) || derived.includes(f), f.id).toBe(true);
    for (const f of derived) {
      expect(offends(f.title.en), f.id).toBe(false);
      for (const c of f.checklist({ claimant: { pension: 'mutual-aid' }, bankAccount: { kind: 'bank' } }))
        expect(offends(c.en), `${f.id}: ${c.en}`).toBe(false);
    }
    for (const [f, t] of texts) expect(t.length, f).toBeGreaterThan(5);
  });

  it.each(texts)('%s: no Japanese but terms in parentheses after their English', (_, t) => {
    expect(t.filter(([, text]) => offends(text)).map(([at, text]) => `${at}: ${text}`)).toEqual([]);
    for (const [at, text] of t) expect(text.trim().length, at).toBeGreaterThan(0);
  });

  it('the check itself: accepts a term after its English, flags Japanese anywhere else (positive control)', () => {
    expect(offends('Family register domicile (本籍) and its head')).toBe(false);
    expect(offends('Maternal and Child Health Handbook (母子健康手帳)')).toBe(false);
    expect(offends("claimant's My Number (個人番号)")).toBe(false);
    expect(offends('Child allowance claim (児童手当 認定請求書)')).toBe(false);
    // the strings these files held before
    expect(offends('本籍 (family register domicile) and its head')).toBe(true);
    expect(offends('the 母子健康手帳 (maternal and child health handbook)')).toBe(true);
    expect(offends('the 出生届 cannot be filed online: take it to the counter')).toBe(true);
    expect(offends("claimant's 個人番号")).toBe(true);
    expect(offends('bank account (or 公金受取口座)')).toBe(true);
    expect(offends('(母子健康手帳) at the start')).toBe(true);
    expect(offends('Handbook （母子健康手帳）')).toBe(true);
    // and a known-bad string put into a data file's shape is found by the walk
    const bad = englishTexts({ fields: [{ label: { ja: '本籍', en: '本籍 and its head' } }] });
    expect(bad.filter(([, text]) => offends(text))).toEqual([['fields[0].label.en', '本籍 and its head']]);
  });
});
