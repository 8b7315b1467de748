/**
 * 児童手当 after the October 2024 reform (fact sheet §4; こども家庭庁 via S2, S5, S6):
 *
 * - a child is counted from the month after the birth (法8条②: from the month
 *   after the claim, and a claim within the 15-day rule counts in the birth
 *   month) through the month of 18歳年度末 (the first March 31 after turning 18);
 * - ¥15,000 a month through the month of the third birthday, then ¥10,000;
 * - ¥30,000 from the third child on, the order counted over supported children
 *   up to 22歳年度末 (oldest first);
 * - paid in Feb, Apr, Jun, Aug, Oct and Dec, each payment covering the two
 *   months before it.
 *
 * The amounts assume the claim is filed in time; a late claim starts later
 * (the journey item says so). Children born on the 1st: 法6条 counts "出生の
 * 日から3年を経過しない" for them, which also ends with the birthday month, so
 * the same rule applies (our reading; the fact sheet marks it unverified).
 */
import { dayEndOfSchoolYearOfAge } from '../dates/age';
import { dayFromParts, dayNumber, fromDayNumber, ymdOfDay, type CivilDate } from '../dates/civil-date';
import { isClosingDayNumber } from '../dates/holidays';
import { childDisplayName, type Household } from '../household/schema';
import { childAllowanceFifteenDayDeadline, childAllowanceFifteenDayDeadlineDay } from '../journey/rules';
import { JA, type JourneyText } from '../journey/text';

/**
 * 児童手当's monthly amounts as dated parameters (児童手当法6条①; fixed in the law, not slid by the CPI), read
 * by the month paid. One row so far: the October 2024 reform (子ども・子育て支援法等の一部を改正する法律,
 * 令和6年法律第47号), confirmed on こども家庭庁's page for FY2026 (no amendment of 6条 since). Months before
 * the reform are not modelled (the old law had income limits and 特例給付): {@link REFORM_FROM}.
 */
export interface ChildAllowanceAmounts {
  /** The first month paid at these amounts (YYYY-MM). */
  from: Month;
  /** Through the month of the third birthday. */
  under3: number;
  /** From the month after the third birthday to 18歳年度末. */
  from3To18: number;
  /** The third and each later child counted to 22歳年度末. */
  thirdChild: number;
  legal: string;
  source: string;
}

export const CHILD_ALLOWANCE_AMOUNTS: readonly ChildAllowanceAmounts[] = [
  {
    from: '2024-10',
    under3: 15_000,
    from3To18: 10_000,
    thirdChild: 30_000,
    legal: '児童手当法6条1項（令和6年法律第47号による改正後、2024年10月分から）',
    source: 'https://www.cfa.go.jp/policies/kokoseido/jidouteate/annai',
  },
];

/** The amounts in force for month index `m` (year × 12 + month − 1); the first row before the table. */
function allowanceAmountsIn(m: number): ChildAllowanceAmounts {
  let row = CHILD_ALLOWANCE_AMOUNTS[0] as ChildAllowanceAmounts;
  for (let i = 1; i < CHILD_ALLOWANCE_AMOUNTS.length; i++) {
    const r = CHILD_ALLOWANCE_AMOUNTS[i] as ChildAllowanceAmounts;
    if (monthIndex(r.from) <= m) row = r;
  }
  return row;
}

/** The amounts of the latest row (what a claim made now brings for a child not yet born). */
export const MONTHLY_UNDER_3 = (
  CHILD_ALLOWANCE_AMOUNTS[CHILD_ALLOWANCE_AMOUNTS.length - 1] as ChildAllowanceAmounts
).under3;
export const PAYMENT_MONTHS = [2, 4, 6, 8, 10, 12] as const;

/** A calendar month as YYYY-MM. */
export type Month = string;

export function monthOf(date: CivilDate): Month {
  return date.slice(0, 7);
}

/*
 * Inside this module months are numbers (year × 12 + month − 1): the summary compares and steps
 * through several months per household, and `YYYY-MM` text is made only for what it returns.
 */
const monthIndexOfYmd = (ymd: number): number => ((ymd / 10_000) | 0) * 12 + (((ymd / 100) | 0) % 100) - 1;
const monthIndexOfDay = (n: number): number => monthIndexOfYmd(ymdOfDay(n));
const monthIndex = (m: Month): number =>
  (m.charCodeAt(0) * 1000 + m.charCodeAt(1) * 100 + m.charCodeAt(2) * 10 + m.charCodeAt(3) - 53_328) * 12 +
  m.charCodeAt(5) * 10 +
  m.charCodeAt(6) -
  529;
const monthTexts = new Map<number, Month>();
function monthText(i: number): Month {
  let text = monthTexts.get(i);
  if (text === undefined) {
    const year = Math.floor(i / 12);
    monthTexts.set(i, (text = `${year}-${String(i - year * 12 + 1).padStart(2, '0')}`));
  }
  return text;
}

export function addMonths(month: Month, n: number): Month {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  return `${year}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}`;
}

export interface ChildAllowanceMonth {
  month: Month;
  children: { child: string; amount: number; rank: number | null; reason: string }[];
  total: number;
}

/** The first day of the reformed law (令和6年10月分から): earlier dates are not answered with its figures. */
export const REFORM_FROM = '2024-10-01' as CivilDate;

/**
 * The municipality's usual payment day of a payment month. Set by municipal rule (S7); the 10th is
 * common but not universal, so the day is an estimate (moved earlier past closing days).
 */
export const USUAL_PAYMENT_DAY = 10;

/** The first payment under the reformed law: December 2024, for October and November. */
export const FIRST_NEW_LAW_PAYMENT: Month = '2024-12';
const FIRST_NEW_LAW_PAYMENT_INDEX = 2024 * 12 + 11;

export interface AllowanceChildSummary {
  child: string;
  /** Being received for this month: 0 until a claim is recorded, and from the month it brings. */
  amount: number;
  /** The law's amount for this month, claimed or not. */
  entitled: number;
  /** A 認定請求 for this child is recorded in the household (`completed`). */
  claimed: boolean;
  /** The first month paid under the recorded claim (null: no claim recorded). */
  paidFrom: Month | null;
}

export interface ChildAllowanceSummary {
  month: Month;
  /** `after-2024-10`: the reformed law's figures; `before-2024-10`: not modelled, no figures. */
  law: 'after-2024-10' | 'before-2024-10';
  children: AllowanceChildSummary[];
  /** Being received this month (claimed children only); null before the reform. */
  total: number | null;
  /**
   * A recorded claim whose payments start after this month (claimed in the birth month: paid from the next):
   * the first month paid and the monthly total being received from then. Null when nothing claimed is still to start.
   */
  claimedStarts: { from: Month; monthlyTotal: number } | null;
  /** What claiming now would bring for the children with no recorded claim (no back pay). */
  ifClaimedNow: {
    from: Month;
    monthlyTotal: number;
    children: { child: string; amount: number; from: Month }[];
  } | null;
  /** The next payment of what is being received; null before the reform. */
  nextPayment: {
    month: Month;
    amount: number;
    covers: [Month, Month];
    /** The estimated payment day (the usual day, moved earlier past closing days). */
    day: CivilDate;
  } | null;
  /** Plain notes for the parent, in the journey's language. */
  notes: string[];
}

/** A born child as the allowance counts it, its month boundaries (month numbers) worked out once. */
export interface AllowanceChild {
  id: string;
  birthDate: CivilDate;
  /** Its day number. */
  birthDay: number;
  supported: boolean;
  birthMonth: number;
  /** The month after the birth: the first month paid (a claim in time, 法8条②). */
  firstPaidMonth: number;
  /** The month of the third birthday: the last month at the under-3 rate. */
  thirdBirthdayMonth: number;
  /** The month of 18歳年度末: the last month paid. */
  lastPaidMonth: number;
  /** The month of 22歳年度末: the last month counted for the third-child rate. */
  lastCountedMonth: number;
}

const byBirth = (a: AllowanceChild, b: AllowanceChild): number =>
  a.birthDay - b.birthDay || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The household's born children, oldest first, as the allowance counts them. */
export function allowanceChildren(h: Household): AllowanceChild[] {
  const out: AllowanceChild[] = [];
  for (const c of h.children) {
    if (c.birthDate === undefined) continue;
    const birthDay = dayNumber(c.birthDate);
    const birthMonth = monthIndexOfDay(birthDay);
    out.push({
      id: c.id,
      birthDate: c.birthDate,
      birthDay,
      supported: c.supported,
      birthMonth,
      firstPaidMonth: birthMonth + 1,
      thirdBirthdayMonth: birthMonth + 36,
      lastPaidMonth: monthIndexOfDay(dayEndOfSchoolYearOfAge(birthDay, 18)),
      lastCountedMonth: monthIndexOfDay(dayEndOfSchoolYearOfAge(birthDay, 22)),
    });
  }
  return out.length > 1 ? out.sort(byBirth) : out;
}

/** Entitled amounts for one month. */
export function childAllowanceForMonth(h: Household, month: Month, t: JourneyText = JA): ChildAllowanceMonth {
  return allowanceForMonth(allowanceChildren(h), month, t);
}

/** The monthly amount for a child of third-child rank `rank` (counted to 22歳年度末) in `month`. */
function monthlyAmount(c: AllowanceChild, rank: number, month: number): number {
  if (c.birthMonth === month) return 0;
  const a = allowanceAmountsIn(month);
  if (rank >= 3) return a.thirdChild;
  return month <= c.thirdBirthdayMonth ? a.under3 : a.from3To18;
}

function reasonFor(c: AllowanceChild, rank: number, month: number, t: JourneyText): string {
  if (c.birthMonth === month) return t.allowanceFromNextMonth;
  if (rank >= 3) return t.allowanceRank(rank);
  return month <= c.thirdBirthdayMonth ? t.allowanceUnder3 : t.allowanceOver3;
}

/** Counted for the third-child rate in `month`: supported, born by then, up to 22歳年度末. */
const counted = (c: AllowanceChild, month: number) =>
  c.supported && c.birthMonth <= month && c.lastCountedMonth >= month;

/** Entitled amounts for one month, from {@link allowanceChildren}. */
export function allowanceForMonth(
  born: readonly AllowanceChild[],
  month: Month,
  t: JourneyText = JA,
): ChildAllowanceMonth {
  const m = monthIndex(month);
  const children: ChildAllowanceMonth['children'] = [];
  let total = 0;
  let rank = 0; // oldest first
  for (const c of born) {
    if (!counted(c, m)) continue;
    rank += 1;
    if (c.lastPaidMonth < m) continue;
    const amount = monthlyAmount(c, rank, m);
    children.push({ child: c.id, amount, rank, reason: reasonFor(c, rank, m, t) });
    total += amount;
  }
  return { month, children, total };
}

/**
 * The amounts of one month by child, aligned with `born` (-1: not entitled that month). The same rule
 * as {@link allowanceForMonth} without its texts: the summary asks for several months per household.
 */
export function amountsForMonth(born: readonly AllowanceChild[], month: Month): number[] {
  return amountsInMonth(born, monthIndex(month));
}

function amountsInMonth(born: readonly AllowanceChild[], month: number): number[] {
  const out = new Array<number>(born.length).fill(-1);
  let rank = 0; // oldest first
  for (let i = 0; i < born.length; i++) {
    const c = born[i] as AllowanceChild;
    if (!counted(c, month)) continue;
    rank += 1;
    if (c.lastPaidMonth >= month) out[i] = monthlyAmount(c, rank, month);
  }
  return out;
}

/**
 * A child's amount for the first month paid (the month after the birth), the
 * figure its claim brings; ¥15,000 for a child not (yet) counted.
 */
export function firstMonthlyAmount(born: readonly AllowanceChild[], id: string): number {
  const i = born.findIndex((c) => c.id === id);
  const child = born[i];
  const amount = child ? (amountsInMonth(born, child.firstPaidMonth)[i] as number) : -1;
  return amount >= 0 ? amount : MONTHLY_UNDER_3;
}

/** The payment month on or after `month` (a payment month's own payment is still ahead at its start). */
export function nextPaymentMonth(month: Month): Month {
  return monthText(nextPaymentIn(monthIndex(month)));
}

/** Payment months are the even calendar months (index odd: Feb = 1). */
const nextPaymentIn = (m: number): number => (m % 2 === 1 ? m : m + 1);

/** What is being received in `month`: the claimed children's amounts from their first paid month (-1: no claim). */
function receivedIn(born: readonly AllowanceChild[], paidFrom: readonly number[], month: number): number {
  const amounts = amountsInMonth(born, month);
  let total = 0;
  for (let i = 0; i < born.length; i++) {
    const from = paidFrom[i] as number;
    if (from >= 0 && month >= from && (amounts[i] as number) > 0) total += amounts[i] as number;
  }
  return total;
}

/** The estimated payment day of a payment month: the usual day, moved earlier past closing days. */
export function paymentDayOf(month: Month): CivilDate {
  return fromDayNumber(paymentDayIn(monthIndex(month)));
}

const paymentDays = new Map<number, number>();
function paymentDayIn(m: number): number {
  let n = paymentDays.get(m);
  if (n === undefined) {
    const year = Math.floor(m / 12);
    n = dayFromParts(year, m - year * 12 + 1, USUAL_PAYMENT_DAY);
    while (isClosingDayNumber(n)) n -= 1;
    paymentDays.set(m, n);
  }
  return n;
}

/** The first month a claim filed on `claimedOn` pays: the month after the birth within the 15-day rule, else the month after the claim (8条②③). */
export function firstPaidMonthOfClaim(c: AllowanceChild, claimedOn: CivilDate): Month {
  return monthText(firstPaidIn(c, claimedOn));
}

function firstPaidIn(c: AllowanceChild, claimedOn: CivilDate): number {
  return claimedOn <= childAllowanceFifteenDayDeadline(c.birthDate)
    ? c.firstPaidMonth
    : monthIndex(claimedOn) + 1;
}

/** The item ids of the two claims. */
export const CLAIM_ITEM = 'child-allowance-application';
export const REVISION_ITEM = 'child-allowance-revision';

export interface AllowanceClaims {
  /** By born child (aligned with {@link allowanceChildren}): the first month paid under a recorded claim (-1: none). */
  paidFrom: number[];
  /** By born child: the earliest recorded claim covering it (null: none). */
  claimedOn: (CivilDate | null)[];
  /** The recorded claims, as day numbers and the children they cover (indexes into `born`). */
  records: { day: number; covers: number[] }[];
}

/**
 * The household's recorded claims and what they cover. One 認定請求 (法7条) is for every child the claimant
 * supports on the day it is filed: it covers each supported child born on or before that day (and the child
 * it is recorded on) — twins are one claim, never a claimed and an unclaimed twin. A 額改定認定請求 (法9条)
 * covers the child it is recorded on and the other children of the same birth. Each child is paid from the
 * first month its earliest covering claim brings (8条②③, 9条).
 */
export function allowanceClaims(h: Household, born: readonly AllowanceChild[]): AllowanceClaims {
  const paidFrom = new Array<number>(born.length).fill(-1);
  const claimedOn = new Array<CivilDate | null>(born.length).fill(null);
  const records: AllowanceClaims['records'] = [];
  for (const c of h.completed) {
    const revision = c.item === REVISION_ITEM;
    if ((!revision && c.item !== CLAIM_ITEM) || !c.child) continue;
    const at = born.findIndex((k) => k.id === c.child);
    if (at < 0) continue;
    const day = dayNumber(c.on);
    const own = born[at] as AllowanceChild;
    const covers: number[] = [];
    for (let i = 0; i < born.length; i++) {
      const k = born[i] as AllowanceChild;
      const covered = revision
        ? Math.abs(k.birthDay - own.birthDay) <= 1
        : i === at || (k.supported && k.birthDay <= day);
      if (!covered) continue;
      covers.push(i);
      const from = firstPaidIn(k, c.on);
      if ((paidFrom[i] as number) < 0 || from < (paidFrom[i] as number)) paidFrom[i] = from;
      const first = claimedOn[i] as CivilDate | null;
      if (first === null || c.on < first) claimedOn[i] = c.on;
    }
    records.push({ day, covers });
  }
  return { paidFrom, claimedOn, records };
}

/**
 * Whether a birth on day `birthDay` comes to a household already receiving 児童手当: a claim recorded before it
 * covers another child still paid in the month of the birth. Then the new child is a 額改定認定請求 (法9条),
 * not a new 認定請求.
 */
export function receivingBefore(
  born: readonly AllowanceChild[],
  claims: AllowanceClaims,
  birthDay: number,
): boolean {
  const month = monthIndexOfDay(birthDay);
  for (const r of claims.records) {
    if (r.day >= birthDay) continue;
    for (const i of r.covers) {
      const k = born[i] as AllowanceChild;
      if (Math.abs(k.birthDay - birthDay) > 1 && k.lastPaidMonth >= month) return true;
    }
  }
  return false;
}

export function childAllowanceSummary(
  h: Household,
  on: CivilDate,
  born: readonly AllowanceChild[] = allowanceChildren(h),
  t: JourneyText = JA,
  claims?: AllowanceClaims,
): ChildAllowanceSummary {
  const month = monthOf(on);
  if (on < REFORM_FROM)
    return {
      month,
      law: 'before-2024-10',
      children: [],
      total: null,
      claimedStarts: null,
      ifClaimedNow: null,
      nextPayment: null,
      notes: [t.allowanceBefore2024Oct],
    };
  const m = monthIndex(on);
  const { paidFrom } = claims ?? allowanceClaims(h, born);
  let anyClaim = false;
  for (const from of paidFrom) if (from >= 0) anyClaim = true;
  const entitled = amountsInMonth(born, m);
  const children: AllowanceChildSummary[] = [];
  let total = 0;
  for (let i = 0; i < born.length; i++) {
    const due = entitled[i] as number;
    if (due < 0) continue;
    const from = paidFrom[i] as number;
    const amount = from >= 0 && m >= from ? due : 0;
    total += amount;
    children.push({
      child: (born[i] as AllowanceChild).id,
      amount,
      entitled: due,
      claimed: from >= 0,
      paidFrom: from >= 0 ? monthText(from) : null,
    });
  }
  // The payment of a payment month is behind us once its day has passed: name the next one.
  const onDay = dayNumber(on);
  let pay = nextPaymentIn(m);
  if (pay === m && onDay > paymentDayIn(pay)) pay += 2;
  // The October 2024 payment was the old law's (June–September); the new law's first was December.
  if (pay < FIRST_NEW_LAW_PAYMENT_INDEX) pay = FIRST_NEW_LAW_PAYMENT_INDEX;
  const amount = anyClaim ? receivedIn(born, paidFrom, pay - 2) + receivedIn(born, paidFrom, pay - 1) : 0;
  // Claimed and still to start: what is received from its first month (Home says it every day until then).
  let starts = -1;
  for (let i = 0; i < born.length; i++) {
    const from = paidFrom[i] as number;
    if (from > m && (starts < 0 || from < starts)) starts = from;
  }
  const startsTotal = starts < 0 ? 0 : receivedIn(born, paidFrom, starts);
  const notes: string[] = [];
  if (month === '2024-10') notes.push(t.allowanceOctober2024);
  let unclaimed: { child: string; amount: number; from: Month }[] | null = null;
  let earliest = 0;
  let monthlyTotal = 0;
  let next: number[] | null = null; // next month's amounts, for the late claims
  for (let i = 0; i < born.length; i++) {
    const c = born[i] as AllowanceChild;
    if (paidFrom[i] !== -1 || c.lastPaidMonth < m) continue;
    const deadline = childAllowanceFifteenDayDeadlineDay(c.birthDay);
    const inTime = onDay <= deadline;
    const from = inTime ? c.firstPaidMonth : m + 1;
    const amounts = inTime ? amountsInMonth(born, from) : (next ??= amountsInMonth(born, from));
    const due = amounts[i] as number;
    if (due < 0) continue;
    const fromText = monthText(from);
    (unclaimed ??= []).push({ child: c.id, amount: due, from: fromText });
    if (unclaimed.length === 1 || from < earliest) earliest = from;
    monthlyTotal += due;
    const child = h.children.find((k) => k.id === c.id);
    const name = child ? childDisplayName(child) : c.id;
    notes.push(
      inTime
        ? t.allowanceClaimInTime(name, deadline, t.paidMonth(fromText), due)
        : t.allowanceClaimNow(name, t.paidMonth(fromText), due),
    );
  }
  return {
    month,
    law: 'after-2024-10',
    children,
    total,
    claimedStarts: startsTotal > 0 ? { from: monthText(starts), monthlyTotal: startsTotal } : null,
    ifClaimedNow:
      unclaimed === null ? null : { from: monthText(earliest), monthlyTotal, children: unclaimed },
    nextPayment: {
      month: monthText(pay),
      amount,
      covers: [monthText(pay - 2), monthText(pay - 1)],
      day: fromDayNumber(paymentDayIn(pay)),
    },
    notes,
  };
}
