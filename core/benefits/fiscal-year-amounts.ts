/**
 * Allowances revised every April by the CPI (物価スライド, 児童扶養手当法5条の2; 特別児童扶養手当法16条
 * applies it too): the monthly full amounts by the day they take effect. A date is answered with the
 * figures in force on it; a fiscal year not in the table is answered with the latest known figures,
 * marked as such (fact sheet §0b).
 */
import { parts, type CivilDate } from '../dates/civil-date';
import { LANGS, TEXT, type Lang } from '../journey/text';

interface Dated {
  /** 年度 of these figures: April of this year to March of the next. */
  fiscalYear: number;
  /** The first day they apply (April 1, or a revision within the year). */
  from: CivilDate;
  /** Where they were read. */
  source: string;
  /** Why the figures are not certain, in Japanese and English (both or neither). */
  unverified?: { ja: string; en: string };
}

/** 児童扶養手当 全部支給: the first child, and the addition for the second and each further child (5条). */
export interface ChildRearingAmounts extends Dated {
  first: number;
  second: number;
  third: number;
}

/** 特別児童扶養手当: 1級 and 2級 (特別児童扶養手当法4条). */
export interface SpecialAmounts extends Dated {
  grade1: number;
  grade2: number;
}

const d = (s: string) => s as CivilDate;
const FY2024_UNVERIFIED = {
  ja: '2024年度の額は公式の表で再確認できていません',
  en: 'The fiscal 2024 amounts are not re-checked in an official table',
};

/** Oldest first. */
export const CHILD_REARING_AMOUNTS: readonly ChildRearingAmounts[] = [
  {
    fiscalYear: 2024,
    from: d('2024-04-01'),
    first: 45_500,
    second: 10_750,
    third: 6_450,
    source: 'こども家庭庁 令和6年度 手当額（市区町村の告知による）',
    unverified: FY2024_UNVERIFIED,
  },
  {
    fiscalYear: 2024,
    // From 2024-11 the third child's addition equals the second's (2024 amendment of 5条; S32).
    from: d('2024-11-01'),
    first: 45_500,
    second: 10_750,
    third: 10_750,
    source: 'こども家庭庁 令和6年度 手当額（市区町村の告知による）',
    unverified: FY2024_UNVERIFIED,
  },
  {
    fiscalYear: 2025,
    from: d('2025-04-01'),
    first: 46_690,
    second: 11_030,
    third: 11_030,
    source: 'https://www.cfa.go.jp/policies/hitori-oya/fuyou-teate',
  },
  {
    fiscalYear: 2026,
    from: d('2026-04-01'),
    first: 48_050,
    second: 11_350,
    third: 11_350,
    source: 'こども家庭庁 令和8年度 手当額（2026-04-24の資料を写した公開の計算ツールによる）',
    unverified: {
      ja: '2026年度の額は第三者による転記でのみ確認しました',
      en: 'The fiscal 2026 amounts were confirmed only in a third-party transcription',
    },
  },
];

/** Oldest first. */
export const SPECIAL_AMOUNTS: readonly SpecialAmounts[] = [
  {
    fiscalYear: 2024,
    from: d('2024-04-01'),
    grade1: 55_350,
    grade2: 36_860,
    source: 'こども家庭庁 令和6年度 手当額（市区町村の告知による）',
    unverified: FY2024_UNVERIFIED,
  },
  {
    fiscalYear: 2025,
    from: d('2025-04-01'),
    grade1: 56_800,
    grade2: 37_830,
    source: 'https://www.mhlw.go.jp/bunya/shougaihoken/jidou/huyou.html',
  },
  {
    fiscalYear: 2026,
    from: d('2026-04-01'),
    // Reported by an independent audit from the ministry's page (archived copy) and municipal notices
    // (倉敷市, 古賀市, 別府市, 鹿児島市); not read here. The same +2.9 % slide as 児童扶養手当's FY2026 figures
    // (46,690 → 48,050): 56,800 → 58,450 and 37,830 → 38,930 after rounding to ¥10, as 5条の2 rounds.
    grade1: 58_450,
    grade2: 38_930,
    source: 'https://www.mhlw.go.jp/bunya/shougaihoken/jidou/huyou.html',
    unverified: {
      ja: '2026年度の額は市区町村の告知の転記で確認しました（厚生労働省の表は直接読めていません）',
      en: "The fiscal 2026 amounts were confirmed from municipal notices as reported (the ministry's table was not read directly)",
    },
  },
];

/** 障害児福祉手当: one monthly amount (特別児童扶養手当等の支給に関する法律18条, slid each April like the others). */
export interface DisabledChildWelfareAmounts extends Dated {
  monthly: number;
}

/**
 * Oldest first. FY2024 ¥15,690 (宗像市・葛城市・多久市 notices of the 2024-04 revision); FY2025 ¥16,100 (笠岡市,
 * 宇和島市 notices of the 2025-04 revision, which also list 特児 56,800/37,830 as our FY2025 row does). FY2026: not
 * found (searched municipal notices for 「令和8年4月分から」 with 障害児福祉手当; 厚生労働省's page not reachable) —
 * a FY2026 date is answered with FY2025's figure and says so (amountsOn).
 */
export const DISABLED_CHILD_WELFARE_AMOUNTS: readonly DisabledChildWelfareAmounts[] = [
  {
    fiscalYear: 2024,
    from: d('2024-04-01'),
    monthly: 15_690,
    source: 'https://city.munakata.lg.jp/kiji0031762/index.html',
  },
  {
    fiscalYear: 2025,
    from: d('2025-04-01'),
    monthly: 16_100,
    source: 'https://www.city.kasaoka.okayama.jp/soshiki/20/8811.html',
  },
];

/** 年度 of a date: April 1 starts the year. */
export function fiscalYearOf(date: CivilDate): number {
  const { year, month } = parts(date);
  return month >= 4 ? year : year - 1;
}

export interface AmountsOn<T extends Dated> {
  amounts: T;
  /** The fiscal year asked for. */
  fiscalYear: number;
  /** The table has that year's figures. */
  known: boolean;
  /** By language: the label (2025年度の額 / 2025年度の額（2026年度の額は未登録…）) and why the figures are not certain (unknown year, or an unconfirmed source), or null. */
  text: Readonly<Record<Lang, { label: string; unverified: string | null }>>;
}

const answers = new WeakMap<readonly Dated[], Map<string, AmountsOn<Dated>>>();

/** The figures in force on `date` from a table (oldest first); the answer is made once per entry and year. */
export function amountsOn<T extends Dated>(table: readonly T[], date: CivilDate): AmountsOn<T> {
  const fy = fiscalYearOf(date);
  let amounts = table[0] as T;
  for (const a of table) if (a.from <= date) amounts = a;
  let byKey = answers.get(table);
  if (!byKey) answers.set(table, (byKey = new Map()));
  const key = `${amounts.from}|${fy}`;
  const cached = byKey.get(key);
  if (cached) return cached as AmountsOn<T>;
  const answer = answerFor(amounts, fy);
  byKey.set(key, answer);
  return answer;
}

function answerFor<T extends Dated>(amounts: T, fy: number): AmountsOn<T> {
  const known = amounts.fiscalYear === fy;
  const text = {} as Record<Lang, { label: string; unverified: string | null }>;
  for (const lang of LANGS) {
    const label = TEXT[lang].fiscalYearLabel(fy, amounts.fiscalYear);
    const notes = [amounts.unverified?.[lang] ?? null, known ? null : label].filter((s): s is string => !!s);
    text[lang] = { label, unverified: notes.length ? notes.join(lang === 'ja' ? '。' : '. ') : null };
  }
  return { amounts, fiscalYear: fy, known, text };
}
