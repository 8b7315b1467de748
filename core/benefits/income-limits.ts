/**
 * Income-aware amounts (issue 18): the 所得制限 of 児童扶養手当 (全部支給 / 一部支給 / 停止 and the 一部支給 formula),
 * 特別児童扶養手当 and 障害児福祉手当, as dated parameters with their sources, read by date.
 *
 * The income counted (所得額) is the guardian's 所得 of the year the benefit's year looks at, as on the 課税証明書,
 * less 80,000 (社会保険料相当額, deducted for everyone), less 100,000 for a salaried guardian (給与所得 —
 * employee or civil servant; the 10万円 deduction of 給与所得・公的年金等, 東金市・平戸市 worked examples), plus, for
 * 児童扶養手当's recipient, 80 % of the 養育費 received (法9条1項). Other 所得控除 (障害者控除, 医療費控除, 寡婦 …)
 * are not asked: they only lower the income, so the amount shown is never more than the law's; the item says the
 * 課税証明書 settles it.
 * 扶養親族の数 is taken as the number of the household's supported born children (a parent's usual dependants);
 * the 課税証明書 names the true count.
 *
 * A benefit's year: 児童扶養手当 runs November–October on the previous calendar year's income (1–10月 the year
 * before last); 特別児童扶養手当 and 障害児福祉手当 run August–July likewise. A guardian's `income.year` that is not
 * that year is not used (the item says which year's income settles it).
 */
import { parts, type CivilDate } from '../dates/civil-date';
import type { Guardian, Household } from '../household/schema';

/** The calendar year whose income a benefit year starting in `startMonth` looks at on `date`. */
export function incomeYearFor(date: CivilDate, startMonth: 8 | 11): number {
  const { year, month } = parts(date);
  return month >= startMonth ? year - 1 : year - 2;
}

export const SOCIAL_INSURANCE_DEDUCTION = 80_000;
export const SALARY_DEDUCTION = 100_000;
/** 養育費 counts at 80 % (児童扶養手当法9条1項). */
export const CHILD_SUPPORT_RATE = 0.8;

/** The guardian's income counted for `year` (null: not recorded for that year). */
export function countedIncome(
  g: Guardian,
  year: number,
  childSupportYenPerYear: number | undefined,
): number | null {
  if (!g.income || g.income.year !== year) return null;
  const salaried = g.employment === 'employee' || g.employment === 'civil-servant';
  const support = childSupportYenPerYear ? Math.floor(childSupportYenPerYear * CHILD_SUPPORT_RATE) : 0;
  return Math.max(
    0,
    g.income.shotokuYen + support - SOCIAL_INSURANCE_DEDUCTION - (salaried ? SALARY_DEDUCTION : 0),
  );
}

/** The number of dependants assumed: the supported born children. */
export function dependantsOf(h: Household): number {
  let n = 0;
  for (const c of h.children) if (c.birthDate && c.supported) n += 1;
  return n;
}

/** A limit by the number of dependants: the listed values, then `step` for each further dependant. */
interface ScaledLimit {
  values: readonly number[];
  step: number;
}

export const limitFor = (l: ScaledLimit, dependants: number): number => {
  const last = l.values.length - 1;
  return dependants <= last
    ? (l.values[dependants] as number)
    : (l.values[last] as number) + (dependants - last) * l.step;
};

const d = (s: string) => s as CivilDate;

/**
 * 児童扶養手当の所得制限限度額 (児童扶養手当法施行令2条の4): 全部支給 and 一部支給 of the recipient, and the limit of
 * a spouse or 扶養義務者 living with them. The 2024-11-01 raise (全部 490,000 → 690,000, 一部 1,920,000 → 2,080,000
 * for no dependant; +380,000 each) is from こども家庭庁's page; 扶養義務者 unchanged (東京都, 平戸市 tables).
 */
export interface RearingLimits {
  from: CivilDate;
  full: ScaledLimit;
  partial: ScaledLimit;
  supporter: ScaledLimit;
}

export const CHILD_REARING_LIMITS: readonly RearingLimits[] = [
  {
    from: d('2018-08-01'),
    full: { values: [490_000, 870_000], step: 380_000 },
    partial: { values: [1_920_000, 2_300_000], step: 380_000 },
    supporter: { values: [2_360_000, 2_740_000], step: 380_000 },
  },
  {
    from: d('2024-11-01'),
    full: { values: [690_000, 1_070_000], step: 380_000 },
    partial: { values: [2_080_000, 2_460_000], step: 380_000 },
    supporter: { values: [2_360_000, 2_740_000], step: 380_000 },
  },
];

/**
 * 一部支給: amount = 上限 − (所得額 − 全部支給の限度額) × 係数, rounded to 10 yen (四捨五入), for the first child and for
 * each addition (the third child's addition equals the second's from 2024-11). The coefficient is the published
 * range over the span of incomes it covers ((上限 − 下限) / (一部限度 − 全部限度)): FY2025's 0.0256619 (本体) and
 * 0.0039568 (加算) are 東金市's published formula and match (46,680 − 11,010) / 1,390,000 and (11,020 − 5,520) /
 * 1,390,000; FY2024's ranges (45,490–10,740, 10,740–5,380) give 0.0243007 over the old span (1,430,000) — the
 * published FY2024 coefficient — and 0.0250000 after the 2024-11 raise.
 */
export interface PartialFormula {
  from: CivilDate;
  fiscalYear: number;
  firstMax: number;
  firstCoef: number;
  additionMax: number;
  additionCoef: number;
  /** The third and later children's addition, where it still differed from the second's (before 2024-11). */
  third?: { max: number; coef: number };
  unverified?: { ja: string; en: string };
}

export const CHILD_REARING_PARTIAL: readonly PartialFormula[] = [
  {
    from: d('2024-04-01'),
    fiscalYear: 2024,
    firstMax: 45_490,
    firstCoef: 0.0243007,
    additionMax: 10_740,
    additionCoef: 0.0037483,
    // 第3子以降 until 2024-10: full 6,450, partial 6,440–3,230 over 1,430,000 → 0.0022448.
    third: { max: 6_440, coef: 0.0022448 },
    unverified: {
      ja: '2024年度の一部支給の係数は公表の上限・下限から算出しました',
      en: 'The fiscal 2024 partial-payment coefficients are derived from the published ranges',
    },
  },
  {
    from: d('2024-11-01'),
    fiscalYear: 2024,
    firstMax: 45_490,
    firstCoef: 0.025,
    additionMax: 10_740,
    additionCoef: 0.0038561,
    unverified: {
      ja: '2024年度（11月〜）の一部支給の係数は公表の上限・下限から算出しました',
      en: 'The fiscal 2024 (from November) partial-payment coefficients are derived from the published ranges',
    },
  },
  {
    from: d('2025-04-01'),
    fiscalYear: 2025,
    firstMax: 46_680,
    firstCoef: 0.0256619,
    additionMax: 11_020,
    additionCoef: 0.0039568,
  },
  {
    from: d('2026-04-01'),
    fiscalYear: 2026,
    // FY2026: the full amounts (48,050 / 11,350) are from a transcription; the partial formula was not found. Estimated
    // as the full amount less 10 yen, with FY2025's coefficients slid by the same rate (48,050 / 46,690).
    firstMax: 48_040,
    firstCoef: 0.0264094,
    additionMax: 11_340,
    additionCoef: 0.0040721,
    unverified: {
      ja: '2026年度の一部支給の計算式は見つからず、2025年度の式を同じ改定率で見積もっています',
      en: 'The fiscal 2026 partial-payment formula was not found; it is estimated from fiscal 2025’s by the same revision rate',
    },
  },
];

const latest = <T extends { from: CivilDate }>(table: readonly T[], date: CivilDate): T => {
  let row = table[0] as T;
  for (const r of table) if (r.from <= date) row = r;
  return row;
};

export const rearingLimitsOn = (date: CivilDate): RearingLimits => latest(CHILD_REARING_LIMITS, date);
export const rearingPartialOn = (date: CivilDate): PartialFormula => latest(CHILD_REARING_PARTIAL, date);

const round10 = (yen: number): number => Math.round(yen / 10) * 10;

export type RearingDecision =
  | { kind: 'unknown'; incomeYear: number }
  | { kind: 'full'; incomeYear: number; income: number; limit: number }
  | { kind: 'partial'; incomeYear: number; income: number; limit: number; amounts: number[] }
  | { kind: 'stopped'; incomeYear: number; income: number; limit: number; by: 'recipient' | 'supporter' };

/**
 * 児童扶養手当 on `date` for the recipient and the household's other guardians (扶養義務者 living with them), the full
 * amounts per child given (first, then each addition). A guardian without that year's income leaves it unknown —
 * except that a stop by the income of whoever is known stays a stop (it cannot be undone by the others).
 */
export function childRearingDecision(
  h: Household,
  recipient: Guardian,
  date: CivilDate,
  fullAmounts: readonly number[],
): RearingDecision {
  const incomeYear = incomeYearFor(date, 11);
  const limits = rearingLimitsOn(date);
  const dependants = dependantsOf(h);
  let unknown = false;
  for (const g of h.guardians) {
    if (g === recipient) continue;
    const income = countedIncome(g, incomeYear, undefined);
    if (income === null) {
      unknown = true;
      continue;
    }
    const limit = limitFor(limits.supporter, dependants);
    if (income >= limit) return { kind: 'stopped', incomeYear, income, limit, by: 'supporter' };
  }
  const income = countedIncome(recipient, incomeYear, h.childSupportYenPerYear);
  if (income === null) return { kind: 'unknown', incomeYear };
  const full = limitFor(limits.full, dependants);
  const partial = limitFor(limits.partial, dependants);
  if (income >= partial) return { kind: 'stopped', incomeYear, income, limit: partial, by: 'recipient' };
  if (unknown) return { kind: 'unknown', incomeYear };
  if (income < full) return { kind: 'full', incomeYear, income, limit: full };
  const f = rearingPartialOn(date);
  const over = income - full;
  // Never more than the full amount of that child (the partial maximum is 10 yen under it), never below 0.
  const amounts = fullAmounts.map((fullYen, i) => {
    const [max, coef] =
      i === 0
        ? [f.firstMax, f.firstCoef]
        : i >= 2 && f.third
          ? [f.third.max, f.third.coef]
          : [f.additionMax, f.additionCoef];
    return Math.min(fullYen, Math.max(0, round10(max - over * coef)));
  });
  return { kind: 'partial', incomeYear, income, limit: full, amounts };
}

/**
 * 特別児童扶養手当 (特別児童扶養手当等の支給に関する法律6条〜8条; 施行令) and 障害児福祉手当 (同法20条・21条): all or
 * nothing by the income of the recipient and of a spouse or 扶養義務者. Limits as published by 厚生労働省 and
 * municipalities (unchanged since 2002; the same in OpenFisca-Japan's parameters).
 */
export const SPECIAL_LIMITS = {
  recipient: { values: [4_596_000, 4_976_000], step: 380_000 },
  supporter: { values: [6_287_000, 6_536_000, 6_749_000], step: 213_000 },
} as const;
export const WELFARE_LIMITS = {
  /** The child itself is the recipient of 障害児福祉手当. */
  recipient: { values: [3_604_000, 3_984_000], step: 380_000 },
  supporter: { values: [6_287_000, 6_536_000, 6_749_000], step: 213_000 },
} as const;

export type LimitDecision =
  | { kind: 'unknown'; incomeYear: number }
  | { kind: 'within'; incomeYear: number }
  | { kind: 'over'; incomeYear: number; income: number; limit: number };

/**
 * Over or within the limits for everyone whose income counts: for 特児 the claimant (recipient) and the other
 * guardians; for 障害児福祉手当 the guardians as 扶養義務者 (the child's own income is taken as none).
 */
export function limitDecision(
  h: Household,
  recipient: Guardian | null,
  date: CivilDate,
  limits: typeof SPECIAL_LIMITS | typeof WELFARE_LIMITS,
): LimitDecision {
  const incomeYear = incomeYearFor(date, 8);
  const dependants = dependantsOf(h);
  let unknown = false;
  for (const g of h.guardians) {
    const income = countedIncome(g, incomeYear, undefined);
    if (income === null) {
      unknown = true;
      continue;
    }
    const limit = limitFor(g === recipient ? limits.recipient : limits.supporter, dependants);
    if (income >= limit) return { kind: 'over', incomeYear, income, limit };
  }
  return unknown ? { kind: 'unknown', incomeYear } : { kind: 'within', incomeYear };
}
