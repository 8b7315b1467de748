/**
 * 出産育児一時金: the amount per child by the date of the birth (健康保険法101条・114条, 国民健康保険法58条;
 * the amount is 健康保険法施行令36条 as amended, read by the birth date, not by the date asked — a claim stays
 * open for 2 years, 193条①, so a birth before a raise is still claimed at the old amount).
 *
 * Each row: the base amount (産科医療補償制度 does not apply: a birth abroad, or before 22 weeks, or at a facility
 * outside the scheme) and the amount with the scheme's premium added (`withCompensation`, the usual case).
 *
 * - 2015-01-01: 404,000 + 16,000 = 420,000 (施行令36条 as amended with effect from that day);
 * - 2022-01-01: 408,000 + 12,000 = 420,000 (the premium lowered to 12,000);
 * - 2023-04-01: 488,000 + 12,000 = 500,000 (厚生労働省 「出産育児一時金の支給額・支払方法について」).
 * The amending 政令's numbers are not cited here: not read in a source we could reach.
 *
 * FY2026: unchanged at 500,000 (厚生労働省's page as of 2026 names no later amendment; the plan to cover
 * childbirth by health insurance is not law on the dates this app answers). Births before 2015 are answered
 * with the 2015 row and marked unverified.
 */
import type { CivilDate } from '../dates/civil-date';

export interface LumpSumAmounts {
  /** The first birth date these apply to. */
  from: CivilDate;
  /** 産科医療補償制度の対象外. */
  base: number;
  /** The usual amount: base + the 産科医療補償制度 premium (加算額). */
  withCompensation: number;
  /** Legal reference of the row, by language. */
  legal: { ja: string; en: string };
  source: string;
}

const d = (s: string) => s as CivilDate;

/** Oldest first. */
export const CHILDBIRTH_LUMP_SUM_AMOUNTS: readonly LumpSumAmounts[] = [
  {
    from: d('2015-01-01'),
    base: 404_000,
    withCompensation: 420_000,
    legal: {
      ja: '健康保険法施行令36条（平成27年1月〜）',
      en: 'Order for Enforcement of the Health Insurance Act art. 36 (from January 2015)',
    },
    source: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryouhoken/shussan/index.html',
  },
  {
    from: d('2022-01-01'),
    base: 408_000,
    withCompensation: 420_000,
    legal: {
      ja: '健康保険法施行令36条（令和4年1月〜）',
      en: 'Order for Enforcement of the Health Insurance Act art. 36 (from January 2022)',
    },
    source: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryouhoken/shussan/index.html',
  },
  {
    from: d('2023-04-01'),
    base: 488_000,
    withCompensation: 500_000,
    legal: {
      ja: '健康保険法施行令36条（令和5年4月〜）',
      en: 'Order for Enforcement of the Health Insurance Act art. 36 (from April 2023)',
    },
    source: 'https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/kenkou_iryou/iryouhoken/shussan/index.html',
  },
];

/** The amounts for a birth on `birthDate` (the earliest row for a birth before the table). */
export function lumpSumForBirth(birthDate: CivilDate): { amounts: LumpSumAmounts; beforeTable: boolean } {
  let amounts = CHILDBIRTH_LUMP_SUM_AMOUNTS[0] as LumpSumAmounts;
  for (const a of CHILDBIRTH_LUMP_SUM_AMOUNTS) if (a.from <= birthDate) amounts = a;
  return { amounts, beforeTable: birthDate < amounts.from };
}
