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
import { endOfSchoolYearOfAge } from '../dates/age';
import { dayNumber, fromDayNumber, fromParts, parts, type CivilDate } from '../dates/civil-date';
import { isClosingDayNumber } from '../dates/holidays';
import { childDisplayName, type Household } from '../household/schema';
import { childAllowanceFifteenDayDeadline, childAllowanceFifteenDayDeadlineDay } from '../journey/rules';
import { JA, type JourneyText } from '../journey/text';

export const MONTHLY_UNDER_3 = 15_000;
export const MONTHLY_3_TO_18 = 10_000;
export const MONTHLY_THIRD_CHILD = 30_000;
export const PAYMENT_MONTHS = [2, 4, 6, 8, 10, 12] as const;

/** A calendar month as YYYY-MM. */
export type Month = string;

export function monthOf(date: CivilDate): Month {
  return date.slice(0, 7);
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

/** A born child as the allowance counts it, its month boundaries worked out once. */
export interface AllowanceChild {
  id: string;
  birthDate: CivilDate;
  supported: boolean;
  birthMonth: Month;
  /** The month after the birth: the first month paid (a claim in time, 法8条②). */
  firstPaidMonth: Month;
  /** The month of the third birthday: the last month at the under-3 rate. */
  thirdBirthdayMonth: Month;
  /** The month of 18歳年度末: the last month paid. */
  lastPaidMonth: Month;
  /** The month of 22歳年度末: the last month counted for the third-child rate. */
  lastCountedMonth: Month;
}

/** The household's born children, oldest first, as the allowance counts them. */
export function allowanceChildren(h: Household): AllowanceChild[] {
  return h.children
    .filter((c): c is typeof c & { birthDate: CivilDate } => c.birthDate !== undefined)
    .map((c) => {
      const { year, month } = parts(c.birthDate);
      return {
        id: c.id,
        birthDate: c.birthDate,
        supported: c.supported,
        birthMonth: monthOf(c.birthDate),
        firstPaidMonth: addMonths(monthOf(c.birthDate), 1),
        thirdBirthdayMonth: `${year + 3}-${String(month).padStart(2, '0')}`,
        lastPaidMonth: monthOf(endOfSchoolYearOfAge(c.birthDate, 18)),
        lastCountedMonth: monthOf(endOfSchoolYearOfAge(c.birthDate, 22)),
      };
    })
    .sort((a, b) =>
      a.birthDate < b.birthDate ? -1 : a.birthDate > b.birthDate ? 1 : a.id.localeCompare(b.id),
    );
}

/** Entitled amounts for one month. */
export function childAllowanceForMonth(h: Household, month: Month, t: JourneyText = JA): ChildAllowanceMonth {
  return allowanceForMonth(allowanceChildren(h), month, t);
}

/** The monthly amount for a child of third-child rank `rank` (counted to 22歳年度末) in `month`. */
function monthlyAmount(c: AllowanceChild, rank: number, month: Month): number {
  if (c.birthMonth === month) return 0;
  if (rank >= 3) return MONTHLY_THIRD_CHILD;
  return month <= c.thirdBirthdayMonth ? MONTHLY_UNDER_3 : MONTHLY_3_TO_18;
}

function reasonFor(c: AllowanceChild, rank: number, month: Month, t: JourneyText): string {
  if (c.birthMonth === month) return t.allowanceFromNextMonth;
  if (rank >= 3) return t.allowanceRank(rank);
  return month <= c.thirdBirthdayMonth ? t.allowanceUnder3 : t.allowanceOver3;
}

/** Counted for the third-child rate in `month`: supported, born by then, up to 22歳年度末. */
const counted = (c: AllowanceChild, month: Month) =>
  c.supported && c.birthMonth <= month && c.lastCountedMonth >= month;

/** Entitled amounts for one month, from {@link allowanceChildren}. */
export function allowanceForMonth(
  born: readonly AllowanceChild[],
  month: Month,
  t: JourneyText = JA,
): ChildAllowanceMonth {
  const children: ChildAllowanceMonth['children'] = [];
  let total = 0;
  let rank = 0; // oldest first
  for (const c of born) {
    if (!counted(c, month)) continue;
    rank += 1;
    if (c.lastPaidMonth < month) continue;
    const amount = monthlyAmount(c, rank, month);
    children.push({ child: c.id, amount, rank, reason: reasonFor(c, rank, month, t) });
    total += amount;
  }
  return { month, children, total };
}

/**
 * The amounts of one month by child, aligned with `born` (-1: not entitled that month). The same rule
 * as {@link allowanceForMonth} without its texts: the summary asks for several months per household.
 */
export function amountsForMonth(born: readonly AllowanceChild[], month: Month): number[] {
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
  const amount = child ? (amountsForMonth(born, child.firstPaidMonth)[i] as number) : -1;
  return amount >= 0 ? amount : MONTHLY_UNDER_3;
}

/** The payment month on or after `month` (a payment month's own payment is still ahead at its start). */
export function nextPaymentMonth(month: Month): Month {
  const m = Number(month.slice(5, 7));
  return m % 2 === 0 ? month : addMonths(month, 1);
}

/** What is being received for `month`: the claimed children's amounts from their first paid month. */
function receivedIn(born: readonly AllowanceChild[], paidFrom: readonly Month[], month: Month): number {
  const amounts = amountsForMonth(born, month);
  let total = 0;
  for (let i = 0; i < born.length; i++) {
    const from = paidFrom[i] as Month;
    if (from !== '' && month >= from && (amounts[i] as number) > 0) total += amounts[i] as number;
  }
  return total;
}

/** The estimated payment day of a payment month: the usual day, moved earlier past closing days. */
export function paymentDayOf(month: Month): CivilDate {
  let n = dayNumber(fromParts(Number(month.slice(0, 4)), Number(month.slice(5, 7)), USUAL_PAYMENT_DAY));
  while (isClosingDayNumber(n)) n -= 1;
  return fromDayNumber(n);
}

/** The first month a claim filed on `claimedOn` pays: the month after the birth within the 15-day rule, else the month after the claim (8条②③). */
export function firstPaidMonthOfClaim(c: AllowanceChild, claimedOn: CivilDate): Month {
  return claimedOn <= childAllowanceFifteenDayDeadline(c.birthDate)
    ? c.firstPaidMonth
    : addMonths(monthOf(claimedOn), 1);
}

export function childAllowanceSummary(
  h: Household,
  on: CivilDate,
  born: readonly AllowanceChild[] = allowanceChildren(h),
  t: JourneyText = JA,
): ChildAllowanceSummary {
  const month = monthOf(on);
  if (on < REFORM_FROM)
    return {
      month,
      law: 'before-2024-10',
      children: [],
      total: null,
      ifClaimedNow: null,
      nextPayment: null,
      notes: [t.allowanceBefore2024Oct],
    };
  // The first month paid of each born child under its recorded claim ('' : no claim recorded).
  const paidFrom: Month[] = new Array<Month>(born.length).fill('');
  for (const c of h.completed) {
    if (c.item !== 'child-allowance-application' || !c.child) continue;
    for (let i = 0; i < born.length; i++)
      if ((born[i] as AllowanceChild).id === c.child)
        paidFrom[i] = firstPaidMonthOfClaim(born[i] as AllowanceChild, c.on);
  }
  const entitled = amountsForMonth(born, month);
  const children: AllowanceChildSummary[] = [];
  let total = 0;
  for (let i = 0; i < born.length; i++) {
    const due = entitled[i] as number;
    if (due < 0) continue;
    const from = paidFrom[i] as Month;
    const amount = from !== '' && month >= from ? due : 0;
    total += amount;
    children.push({
      child: (born[i] as AllowanceChild).id,
      amount,
      entitled: due,
      claimed: from !== '',
      paidFrom: from || null,
    });
  }
  // The payment of a payment month is behind us once its day has passed: name the next one.
  let pay = nextPaymentMonth(month);
  if (pay === month && on > paymentDayOf(pay)) pay = addMonths(pay, 2);
  // The October 2024 payment was the old law's (June–September); the new law's first was December.
  if (pay < FIRST_NEW_LAW_PAYMENT) pay = FIRST_NEW_LAW_PAYMENT;
  const covers: [Month, Month] = [addMonths(pay, -2), addMonths(pay, -1)];
  const anyClaim = paidFrom.some((m) => m !== '');
  const amount = anyClaim ? receivedIn(born, paidFrom, covers[0]) + receivedIn(born, paidFrom, covers[1]) : 0;
  const notes: string[] = [];
  if (month === '2024-10') notes.push(t.allowanceOctober2024);
  const unclaimed: { child: string; amount: number; from: Month }[] = [];
  const onDay = dayNumber(on);
  let next: number[] | null = null; // next month's amounts, for the late claims
  for (let i = 0; i < born.length; i++) {
    const c = born[i] as AllowanceChild;
    if (paidFrom[i] !== '' || c.lastPaidMonth < month) continue;
    const deadline = childAllowanceFifteenDayDeadlineDay(dayNumber(c.birthDate));
    const inTime = onDay <= deadline;
    const from = inTime ? c.firstPaidMonth : addMonths(month, 1);
    const amounts = inTime ? amountsForMonth(born, from) : (next ??= amountsForMonth(born, from));
    const due = amounts[i] as number;
    if (due < 0) continue;
    const entitled = { amount: due };
    unclaimed.push({ child: c.id, amount: entitled.amount, from });
    const child = h.children.find((k) => k.id === c.id);
    const name = child ? childDisplayName(child) : c.id;
    notes.push(
      inTime
        ? t.allowanceClaimInTime(name, deadline, t.paidMonth(from), entitled.amount)
        : t.allowanceClaimNow(name, t.paidMonth(from), entitled.amount),
    );
  }
  return {
    month,
    law: 'after-2024-10',
    children,
    total,
    ifClaimedNow:
      unclaimed.length === 0
        ? null
        : {
            from: unclaimed.reduce((m, c) => (c.from < m ? c.from : m), unclaimed[0]!.from),
            monthlyTotal: unclaimed.reduce((t, c) => t + c.amount, 0),
            children: unclaimed,
          },
    nextPayment: { month: pay, amount, covers, day: paymentDayOf(pay) },
    notes,
  };
}
