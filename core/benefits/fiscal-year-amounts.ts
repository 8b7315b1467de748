/**
 * Allowances revised every April by the CPI (物価スライド, 児童扶養手当法5条の2, 特別児童扶養手当法16条):
 * the monthly amounts by fiscal year (4/1–3/31). A date is answered with its own fiscal year's
 * amounts; a year not in the table is answered with the nearest known year, marked as such.
 */
import { parts, type CivilDate } from '../dates/civil-date';

export interface FiscalYearAmounts {
  /** 年度: April of this year to March of the next. */
  fiscalYear: number;
  /** The first day these figures apply (April 1, or a revision within the year). */
  from: CivilDate;
  /** 児童扶養手当 全部支給: the first child. */
  childRearingFirst: number;
  /** 児童扶養手当 全部支給: the addition for the second child. */
  childRearingSecond: number;
  /** 児童扶養手当 全部支給: the addition for each child from the third (equal to the second since 2024-11). */
  childRearingThird: number;
  /** 特別児童扶養手当 1級 and 2級. */
  specialGrade1: number;
  specialGrade2: number;
  /** Where the year's figures were read (or why they are not confirmed). */
  source: string;
  unverified?: string;
}

/** Oldest first. */
export const FISCAL_YEAR_AMOUNTS: readonly FiscalYearAmounts[] = [
  {
    fiscalYear: 2024,
    from: '2024-04-01' as CivilDate,
    childRearingFirst: 45_500,
    childRearingSecond: 10_750,
    childRearingThird: 6_450,
    specialGrade1: 55_350,
    specialGrade2: 36_860,
    source: 'こども家庭庁 令和6年度 手当額（市区町村の告知による）',
    unverified: '2024年度の額は公式の表で再確認できていません',
  },
  {
    fiscalYear: 2024,
    from: '2024-11-01' as CivilDate,
    childRearingFirst: 45_500,
    childRearingSecond: 10_750,
    // From 2024-11 the third child's addition equals the second's (児童扶養手当法5条②, 2024 amendment; S32).
    childRearingThird: 10_750,
    specialGrade1: 55_350,
    specialGrade2: 36_860,
    source: 'こども家庭庁 令和6年度 手当額（市区町村の告知による）',
    unverified: '2024年度の額は公式の表で再確認できていません',
  },
  {
    fiscalYear: 2025,
    from: '2025-04-01' as CivilDate,
    childRearingFirst: 46_690,
    childRearingSecond: 11_030,
    childRearingThird: 11_030,
    specialGrade1: 56_800,
    specialGrade2: 37_830,
    source: 'https://www.city.itoman.lg.jp/soshiki/16/28376.html',
  },
];

/** 年度 of a date: April 1 starts the year. */
export function fiscalYearOf(date: CivilDate): number {
  const { year, month } = parts(date);
  return month >= 4 ? year : year - 1;
}

export interface AmountsOn {
  amounts: FiscalYearAmounts;
  /** The fiscal year asked for. */
  fiscalYear: number;
  /** The table has that year's figures. */
  known: boolean;
  /** 2025年度の額 / 2025年度の額（2026年度の額は未登録） */
  label: string;
}

export function amountsOn(date: CivilDate): AmountsOn {
  const fy = fiscalYearOf(date);
  const first = FISCAL_YEAR_AMOUNTS[0] as FiscalYearAmounts;
  let amounts = first;
  for (const a of FISCAL_YEAR_AMOUNTS) if (a.from <= date) amounts = a;
  const known = amounts.fiscalYear === fy;
  return {
    amounts,
    fiscalYear: fy,
    known,
    label: known
      ? `${fy}年度の額`
      : `${amounts.fiscalYear}年度の額（${fy}年度の額は未登録のため、わかっている最新の年度で表示）`,
  };
}
