/**
 * 児童扶養手当 (児童扶養手当法3条①・4条・5条): for a child to 18歳年度末, or under 20 with a disability
 * of the 政令's degree. The first child gets the base amount; each further child adds the addition
 * (5条②), not the base again. Amounts are the fiscal year's (revised each April, 5条の2).
 */
import { dayNumber, fromDayNumber } from '../../dates/civil-date';
import { dayEndOfSchoolYearOfAge } from '../../dates/age';
import { dayMonthsReached } from '../../dates/offsets';
import {
  amountsOn,
  CHILD_REARING_AMOUNTS,
  type ChildRearingAmounts,
} from '../../benefits/fiscal-year-amounts';
import type { Child, Household } from '../../household/schema';
import { dropClosesFact, statusOn } from '../status';
import type { Adjust } from '../frame';

/** The last day a child counts: 18歳年度末, or the day it reaches 20 with a disability. */
export function childRearingLastDay(child: Child): number | null {
  if (!child.birthDate) return null;
  const birth = dayNumber(child.birthDate);
  return child.disability ? dayMonthsReached(birth, 240) : dayEndOfSchoolYearOfAge(birth, 18);
}

/** How many of the household's children count on `onDay` (the first child's base plus an addition for each other). */
export function childRearingCount(h: Household, onDay: number): number {
  let n = 0;
  for (const c of h.children) {
    if (!c.birthDate || !c.supported) continue;
    const last = childRearingLastDay(c);
    if (dayNumber(c.birthDate) <= onDay && last !== null && last >= onDay) n += 1;
  }
  return n;
}

/** The child's place (1 = first) among the household's children counted on `onDay`, oldest first. */
export function childRearingRank(h: Household, child: Child, onDay: number): number {
  let rank = 1;
  for (const c of h.children) {
    if (c === child || !c.birthDate || !c.supported || !child.birthDate) continue;
    const last = childRearingLastDay(c);
    const birth = dayNumber(c.birthDate);
    if (birth > onDay || last === null || last < onDay) continue;
    if (c.birthDate < child.birthDate || (c.birthDate === child.birthDate && c.id < child.id)) rank += 1;
  }
  return rank;
}

/** The full monthly amount (全部支給) for the child of that rank. */
export function childRearingAmount(a: ChildRearingAmounts, rank: number): number {
  return rank <= 1 ? a.first : rank === 2 ? a.second : a.third;
}

export const childRearingAllowance: Adjust = (item, f, ctx) => {
  if (f.birth === null) return;
  const last = childRearingLastDay(f.child);
  if (last !== null && f.child.disability) {
    item.closes = fromDayNumber(last);
    dropClosesFact(item, ctx.t);
    item.why.facts.push(ctx.t.rearingDisability);
    item.status = statusOn(ctx.on, item, item.doneOn);
  }
  const { amounts, text } = amountsOn(CHILD_REARING_AMOUNTS, ctx.on);
  const { label, unverified } = text[ctx.t.lang];
  const rank = childRearingRank(ctx.h, f.child, ctx.onDay);
  const amount = childRearingAmount(amounts, rank);
  item.amount = { yen: amount, per: 'month' };
  item.monthlyAmountYen = amount;
  // The claim is the parent's, for all the children together: the household's total is named on each
  // item, since an older first child (at school) has no item of its own in the journey.
  const count = Math.max(childRearingCount(ctx.h, ctx.onDay), rank);
  let total = amounts.first;
  for (let r = 2; r <= count; r++) total += childRearingAmount(amounts, r);
  item.why.facts.push(ctx.t.rearingTotal(total, amounts.first, count - 1));
  item.why.facts.push(
    rank === 1 ? ctx.t.rearingFirst(amount, label) : ctx.t.rearingAddition(rank, amount, label),
    ctx.t.rearingIncome,
  );
  if (unverified) item.why.unverified = unverified;
};
