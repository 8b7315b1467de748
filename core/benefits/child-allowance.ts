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
import { parts, type CivilDate } from '../dates/civil-date';
import type { Household } from '../household/schema';

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

export interface ChildAllowanceSummary {
  month: Month;
  children: { child: string; amount: number }[];
  total: number;
  nextPayment: { month: Month; amount: number; covers: [Month, Month] };
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
export function childAllowanceForMonth(h: Household, month: Month): ChildAllowanceMonth {
  return allowanceForMonth(allowanceChildren(h), month);
}

/** The monthly amount for a child of third-child rank `rank` (counted to 22歳年度末) in `month`. */
function monthlyAmount(c: AllowanceChild, rank: number, month: Month): number {
  if (c.birthMonth === month) return 0;
  if (rank >= 3) return MONTHLY_THIRD_CHILD;
  return month <= c.thirdBirthdayMonth ? MONTHLY_UNDER_3 : MONTHLY_3_TO_18;
}

function reasonFor(c: AllowanceChild, rank: number, month: Month): string {
  if (c.birthMonth === month) return '生まれた月の翌月分から支給されます';
  if (rank >= 3) return `第${rank}子（22歳年度末までの子の数で数えます）`;
  return month <= c.thirdBirthdayMonth ? '3歳の誕生月まで' : '3歳から18歳年度末まで';
}

/** Counted for the third-child rate in `month`: supported, born by then, up to 22歳年度末. */
const counted = (c: AllowanceChild, month: Month) =>
  c.supported && c.birthMonth <= month && c.lastCountedMonth >= month;

/** Entitled amounts for one month, from {@link allowanceChildren}. */
export function allowanceForMonth(born: readonly AllowanceChild[], month: Month): ChildAllowanceMonth {
  const children: ChildAllowanceMonth['children'] = [];
  let total = 0;
  let rank = 0; // oldest first
  for (const c of born) {
    if (!counted(c, month)) continue;
    rank += 1;
    if (c.lastPaidMonth < month) continue;
    const amount = monthlyAmount(c, rank, month);
    children.push({ child: c.id, amount, rank, reason: reasonFor(c, rank, month) });
    total += amount;
  }
  return { month, children, total };
}

/**
 * A child's amount for the first month paid (the month after the birth), the
 * figure its claim brings; ¥15,000 for a child not (yet) counted.
 */
export function firstMonthlyAmount(born: readonly AllowanceChild[], id: string): number {
  const child = born.find((c) => c.id === id);
  const first = child && allowanceForMonth(born, child.firstPaidMonth).children.find((c) => c.child === id);
  return first?.amount ?? MONTHLY_UNDER_3;
}

/** The payment month on or after `month` (a payment month's own payment is still ahead at its start). */
export function nextPaymentMonth(month: Month): Month {
  const m = Number(month.slice(5, 7));
  return m % 2 === 0 ? month : addMonths(month, 1);
}

export function childAllowanceSummary(
  h: Household,
  on: CivilDate,
  born: readonly AllowanceChild[] = allowanceChildren(h),
): ChildAllowanceSummary {
  const month = monthOf(on);
  const current = allowanceForMonth(born, month);
  const pay = nextPaymentMonth(month);
  const covers: [Month, Month] = [addMonths(pay, -2), addMonths(pay, -1)];
  const amount = allowanceForMonth(born, covers[0]).total + allowanceForMonth(born, covers[1]).total;
  return {
    month,
    children: current.children.map(({ child, amount }) => ({ child, amount })),
    total: current.total,
    nextPayment: { month: pay, amount, covers },
  };
}
