/**
 * Income-aware amounts, table-driven from the law's limits and the published formula (児童扶養手当法施行令2条の4
 * as the ministry and municipalities publish it: 東金市 「46,680円−(所得額−所得制限限度額)×0.0256619」, 平戸市's
 * limits table; 特別児童扶養手当・障害児福祉手当 limits from 厚生労働省 as municipalities publish them). Every
 * expected amount is counted by hand below, never taken from the engine's output.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import newborn from '../../fixtures/households/newborn-family.json';
import { civilDate } from '../dates/civil-date';
import { validateHousehold, type Household } from '../household/schema';
import { computeJourney } from '../journey/journey';
import { incomeYearFor } from './income-limits';

const kid = (id: string, birthDate: string, extra: Record<string, unknown> = {}) => ({
  id,
  birthDate,
  familyName: '佐藤',
  givenName: id,
  familyNameKana: 'サトウ',
  givenNameKana: 'コ',
  ...extra,
});

function household(patch: (h: Record<string, any>) => void): Household {
  const json = JSON.parse(JSON.stringify(newborn)) as Record<string, any>;
  json.completed = [];
  patch(json);
  const r = validateHousehold(json);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value;
}

/** A single mother (the fixture's mother alone) with these children and income facts. */
const single = (
  births: string[],
  income?: { year: number; shotokuYen: number },
  employment = 'employee',
  support?: number,
) =>
  household((h) => {
    h.singleParent = true;
    h.guardians = [{ ...h.guardians[1], employment, ...(income ? { income } : {}) }];
    delete h.claimant;
    h.children = births.map((b, i) => kid(`c${i}`, b));
    if (support !== undefined) h.childSupportYenPerYear = support;
  });

const rearing = (h: Household, on: string) => {
  const i = computeJourney(h, civilDate(on)).items.find((x) => x.id === 'child-rearing-allowance');
  if (!i) throw new Error('no 児童扶養手当 item');
  return i;
};

describe('the income year: 児童扶養手当 runs Nov–Oct, 特児 and 障害児福祉手当 Aug–Jul, on the previous year', () => {
  it.each([
    ['2025-11-01', 11, 2024],
    ['2025-10-31', 11, 2023],
    ['2026-03-01', 11, 2024],
    ['2025-08-01', 8, 2024],
    ['2025-07-31', 8, 2023],
  ] as const)('%s (year from month %i) → %i', (on, start, year) => {
    expect(incomeYearFor(civilDate(on), start)).toBe(year);
  });
});

describe('児童扶養手当: 全部支給 / 一部支給 / 停止 (FY2025, limits raised 2024-11)', () => {
  const three = ['2012-06-01', '2015-06-01', '2020-06-01'];

  it('a salaried mother, 所得 2,800,000, 養育費 300,000, 3 children: 一部支給 ¥34,130', () => {
    // 所得額 = 2,800,000 − 100,000 (給与所得) + 300,000 × 0.8 − 80,000 = 2,860,000.
    // 3 dependants: 全部 690,000 + 3 × 380,000 = 1,830,000; 一部 2,080,000 + 3 × 380,000 = 3,220,000.
    // 第1子 46,680 − 1,030,000 × 0.0256619 = 20,248.24 → 20,250; 加算 11,020 − 1,030,000 × 0.0039568 = 6,944.50 → 6,940.
    const i = rearing(
      single(three, { year: 2024, shotokuYen: 2_800_000 }, 'employee', 300_000),
      '2025-12-01',
    );
    expect(i.perChild?.map((p) => p.yen)).toEqual([20_250, 6_940, 6_940]);
    expect(i.amount).toEqual({ yen: 34_130, per: 'month' });
    expect(i.amountRange).toBeUndefined();
  });

  it.each([
    // self-employed 所得 → 所得額 (− 80,000 only), 1 child, 1 dependant: 全部 1,070,000, 一部 2,460,000
    ['under the full limit', 1_149_999, 46_690], // 1,069,999
    ['at the full limit: the partial maximum', 1_150_000, 46_680], // 1,070,000 → 46,680 − 0
    ['one yen under the stop: the partial minimum', 2_539_999, 11_010], // 46,680 − 1,389,999 × 0.0256619 = 11,009.98
    ['at the stop limit', 2_540_000, 0], // 2,460,000
  ])('%s', (_what, shotokuYen, yen) => {
    const i = rearing(single(['2015-06-01'], { year: 2024, shotokuYen }, 'self-employed'), '2025-12-01');
    expect(i.amount?.yen).toBe(yen);
  });

  it('before 2024-11 the old limits apply (全部 870,000 for one dependant): 所得額 900,000 is partial', () => {
    // 2024-10-01 looks at 2022 (1–10月: the year before last). 所得額 900,000 ≥ 870,000: partial, FY2024 formula
    // 45,490 − 30,000 × 0.0243007 = 44,760.98 → 44,760. From 2024-11 (2023's income) the same 900,000 is full.
    const old = rearing(
      single(['2015-06-01'], { year: 2022, shotokuYen: 980_000 }, 'self-employed'),
      '2024-10-01',
    );
    expect(old.amount?.yen).toBe(44_760);
    const raised = rearing(
      single(['2015-06-01'], { year: 2023, shotokuYen: 980_000 }, 'self-employed'),
      '2024-11-01',
    );
    expect(raised.amount?.yen).toBe(45_500);
  });

  it('no income for the year that counts: the range 0 … 全部支給 and which year settles it', () => {
    const i = rearing(single(['2015-06-01'], { year: 2023, shotokuYen: 1_000_000 }), '2025-12-01');
    expect(i.amountRange).toEqual({ min: 0, max: 46_690 });
    expect(i.why.facts.join()).toContain('2024年の所得');
    expect(rearing(single(['2015-06-01']), '2025-12-01').amountRange).toEqual({ min: 0, max: 46_690 });
  });

  it('a grandparent living with them over the 扶養義務者 limit stops it (1 dependant: 2,740,000)', () => {
    const h = household((h) => {
      h.singleParent = true;
      h.guardians = [
        { ...h.guardians[1], employment: 'self-employed', income: { year: 2024, shotokuYen: 500_000 } },
        {
          ...h.guardians[0],
          id: 'grandpa',
          relationship: 'other',
          birthDate: '1960-01-01',
          employment: 'self-employed',
          income: { year: 2024, shotokuYen: 2_820_000 }, // 所得額 2,740,000
        },
      ];
      h.claimant = h.guardians[0].id;
      h.children = [kid('c0', '2015-06-01')];
    });
    expect(rearing(h, '2025-12-01').amount?.yen).toBe(0);
  });
});

describe('特別児童扶養手当 and 障害児福祉手当: 所得制限 (all or nothing)', () => {
  const disabled = (father: number | null, mother: number | null) =>
    household((h) => {
      h.children = [kid('c0', '2020-06-01', { disability: { grade: 1 } })];
      h.guardians[0].employment = 'employee';
      if (father !== null) h.guardians[0].income = { year: 2024, shotokuYen: father };
      if (mother !== null) h.guardians[1].income = { year: 2024, shotokuYen: mother };
      h.claimant = h.guardians[0].id;
    });
  const amount = (h: Household, id: string) =>
    computeJourney(h, civilDate('2025-12-01')).items.find((i) => i.id === id)?.amount?.yen;

  it('特児: the claimant at 4,976,000 (1 dependant) is over; one yen less is within (FY2025 1級 ¥56,800)', () => {
    // salaried: 所得額 = 所得 − 100,000 − 80,000.
    expect(amount(disabled(5_156_000, 0), 'special-child-rearing-allowance')).toBe(0);
    expect(amount(disabled(5_155_999, 0), 'special-child-rearing-allowance')).toBe(56_800);
  });

  it('障害児福祉手当: a parent as 扶養義務者 at 6,536,000 (1 dependant) stops it (FY2025 ¥16,100)', () => {
    expect(amount(disabled(6_716_000, 0), 'disabled-child-welfare-allowance')).toBe(0);
    expect(amount(disabled(6_715_999, 0), 'disabled-child-welfare-allowance')).toBe(16_100);
  });

  it('without income facts the amount assumes no limit applies, and says so', () => {
    const i = computeJourney(disabled(null, null), civilDate('2025-12-01')).items.find(
      (x) => x.id === 'special-child-rearing-allowance',
    );
    expect(i?.amount?.yen).toBe(56_800);
    expect(i?.why.facts.join()).toContain('所得制限にかからない前提');
  });
});

describe('property: income only ever lowers an amount, and never below 0', () => {
  it('児童扶養手当, 特別児童扶養手当, 障害児福祉手当', () => {
    const ids = [
      'child-rearing-allowance',
      'special-child-rearing-allowance',
      'disabled-child-welfare-allowance',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 2024, max: 2027 }),
        fc.integer({ min: 1, max: 12 }),
        fc.array(fc.integer({ min: 0, max: 17 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 12_000_000 }),
        fc.integer({ min: 0, max: 12_000_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.constantFrom('employee', 'self-employed', 'none'),
        (year, month, ages, a, b, support, employment) => {
          const on = `${year}-${String(month).padStart(2, '0')}-15`;
          const base = (withIncome: boolean) =>
            household((h) => {
              h.singleParent = true;
              h.children = ages.map((age, i) =>
                kid(
                  `c${i}`,
                  `${year - age - 1}-0${(i % 9) + 1}-10`,
                  i === 0 ? { disability: { grade: 1 } } : {},
                ),
              );
              h.guardians[0].employment = employment;
              if (withIncome) {
                // the year each benefit looks at, and one that does not count
                h.guardians[0].income = {
                  year: incomeYearFor(civilDate(on), month >= 8 ? 8 : 11),
                  shotokuYen: a,
                };
                h.guardians[1].income = { year: year - 2, shotokuYen: b };
                h.childSupportYenPerYear = support;
              }
            });
          const amounts = (h: Household) =>
            new Map(
              computeJourney(h, civilDate(on))
                .items.filter((i) => ids.includes(i.id))
                .map((i) => [`${i.id}/${i.child}`, i.amount?.yen ?? 0]),
            );
          const without = amounts(base(false));
          const withIncome = amounts(base(true));
          for (const [key, yen] of withIncome) {
            expect(yen).toBeGreaterThanOrEqual(0);
            expect(yen).toBeLessThanOrEqual(without.get(key) ?? 0);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
