/**
 * Every problem core reports for a broken household file, and every journey
 * notice, reaches the parent as a sentence with no field path, no code and (in
 * Japanese) no English. Inputs are real files run through core, so a change of
 * core's wording that the mapping misses fails here.
 */
import { describe, expect, it } from 'vitest';
import { parseHouseholdJson, validateHousehold } from '../../../core/household/schema';
import { computeJourney } from '../../../core/journey/journey';
import type { CivilDate } from '../../../core/dates/civil-date';
import { locale, t } from './i18n';
import { fieldLabel, noticeText, problemText } from './problems';

/** A valid household (like fixtures/households/newborn-family.json; renderer tests do not read files). */
const base = {
  format: 'nonstop-household/1',
  municipalityCode: '131121',
  claimant: 'father',
  guardians: [
    {
      id: 'father',
      familyName: '佐藤',
      givenName: '健太',
      familyNameKana: 'サトウ',
      givenNameKana: 'ケンタ',
      birthDate: '1991-06-03',
      relationship: 'father',
      employment: 'employee',
      insurance: 'employee',
      myNumber: '314159265352',
    },
  ],
  children: [
    {
      id: 'haruto',
      birthDate: '2026-11-12',
      familyName: '佐藤',
      givenName: '陽翔',
      familyNameKana: 'サトウ',
      givenNameKana: 'ハルト',
    },
  ],
  completed: [],
} as Record<string, unknown> & { guardians: Record<string, unknown>[]; children: Record<string, unknown>[] };

const clone = () => structuredClone(base);
const broken: [string, (h: ReturnType<typeof clone>) => unknown][] = [
  ['bad my number', (h) => ((h.guardians[0] as Record<string, unknown>)['myNumber'] = '123456789012')],
  ['short my number', (h) => ((h.guardians[0] as Record<string, unknown>)['myNumber'] = '12')],
  ['bad date', (h) => ((h.children[0] as Record<string, unknown>)['birthDate'] = '2026-02-30')],
  ['out-of-range date', (h) => ((h.children[0] as Record<string, unknown>)['birthDate'] = '1800-01-01')],
  ['latin kana', (h) => ((h.guardians[0] as Record<string, unknown>)['familyNameKana'] = 'Sato')],
  [
    'bad postal code',
    (h) => (h['address'] = { postalCode: '1234567', prefecture: '東京都', city: '世田谷区', street: '1' }),
  ],
  ['bad municipality', (h) => (h['municipalityCode'] = '131120')],
  ['bad enum', (h) => ((h.guardians[0] as Record<string, unknown>)['relationship'] = 'aunt')],
  ['unknown key', (h) => (h['nickname'] = 'x')],
  ['missing field', (h) => delete (h.guardians[0] as Record<string, unknown>)['birthDate']],
  ['wrong type', (h) => ((h.children[0] as Record<string, unknown>)['supported'] = 'yes')],
  ['no guardians', (h) => (h.guardians = [])],
  [
    'duplicate id',
    (h) => ((h.children[0] as Record<string, unknown>)['id'] = (h.guardians[0] as { id: string }).id),
  ],
  ['unknown claimant', (h) => (h['claimant'] = 'nobody')],
  ['wrong format', (h) => (h['format'] = 'other/1')],
  ['bad phone', (h) => ((h.guardians[0] as Record<string, unknown>)['phone'] = '12345')],
  ['bad id', (h) => ((h.children[0] as Record<string, unknown>)['id'] = 'Haruto!')],
  ['no birth', (h) => delete (h.children[0] as Record<string, unknown>)['birthDate']],
];

const english = /[A-Za-z]{3,}/;
const path = /\w+\[\d+\]|\.\w+/;

describe('problems and notices in the parent’s language', () => {
  for (const lang of ['ja', 'en'] as const)
    for (const [name, breakIt] of broken)
      it(`${lang}: ${name}`, () => {
        const h = clone();
        breakIt(h);
        const r = validateHousehold(h);
        expect(r.ok).toBe(false);
        if (r.ok) return;
        locale.set(lang);
        for (const p of r.problems) {
          const text = problemText(p);
          expect(text).not.toMatch(path);
          if (lang === 'ja') expect(text, `${p.path}: ${p.message} → ${text}`).not.toMatch(english);
          // every problem of this corpus has a specific sentence, not the generic fallback
          expect(text, `${p.path}: ${p.message}`).not.toContain(t('problem.msg.other'));
        }
        locale.set('ja');
      });

  it('a file that is not JSON', () => {
    const r = parseHouseholdJson('{ nope');
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(problemText(r.problems[0]!)).toBe(
        'ファイル: ファイルの中身が正しい形式（JSON）ではありません。',
      );
  });

  it('names nested fields in words', () => {
    locale.set('ja');
    expect(fieldLabel('guardians[0].myNumber')).toBe('保護者（1人目）の個人番号（マイナンバー）');
    expect(fieldLabel('children[1].birthDate')).toBe('お子さん（2人目）の生年月日');
    locale.set('en');
    expect(fieldLabel('guardians[0].address.postalCode')).toBe('Guardian 1: address: postal code');
    locale.set('ja');
  });

  it('maps every journey notice core emits', () => {
    const h = clone();
    h['municipalityCode'] = '012025'; // 函館市: no overlay
    h['completed'] = [
      { item: 'no-such-item', child: 'haruto', on: '2026-11-15' },
      { item: 'birth-registration', child: 'haruto', on: '2020-01-01' },
    ];
    h.children.push({ id: 'late', expectedBirthDate: '2026-01-01' });
    const v = validateHousehold(h);
    expect(v.ok, JSON.stringify(!v.ok && v.problems)).toBe(true);
    if (!v.ok) return;
    const j = computeJourney(v.value, '2026-11-21' as CivilDate);
    expect(j.notices.length, j.notices.join('\n')).toBe(4);
    for (const lang of ['ja', 'en'] as const) {
      locale.set(lang);
      const texts = j.notices.map(noticeText);
      expect(texts).not.toContain(t('notice.other'));
      if (lang === 'ja') for (const x of texts) expect(x).not.toMatch(english);
    }
    locale.set('ja');
  });
});
