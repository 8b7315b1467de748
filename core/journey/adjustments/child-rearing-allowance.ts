/**
 * 児童扶養手当 (児童扶養手当法3条①・4条・5条・6条): for a child to 18歳年度末, or under 20 with a disability
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
import { childRearingDecision, rearingPartialOn } from '../../benefits/income-limits';
import { allowanceClaimant, type Child, type Household } from '../../household/schema';
import { dropClosesFact, statusOn } from '../status';
import type { Adjust } from '../frame';

/** The last day a child counts: 18歳年度末, or the day it reaches 20 with a disability. */
export function childRearingLastDay(child: Child): number | null {
  if (!child.birthDate) return null;
  const birth = dayNumber(child.birthDate);
  return child.disability ? dayMonthsReached(birth, 240) : dayEndOfSchoolYearOfAge(birth, 18);
}

/** The full monthly amount (全部支給) for the child of that rank. */
export function childRearingAmount(a: ChildRearingAmounts, rank: number): number {
  return rank <= 1 ? a.first : rank === 2 ? a.second : a.third;
}

/** The household's counted children on `onDay`, oldest first (the first is the claim's 第1子). */
export function childRearingChildren(h: Household, onDay: number): Child[] {
  const out: Child[] = [];
  for (const c of h.children) {
    if (!c.birthDate || !c.supported) continue;
    const last = childRearingLastDay(c);
    if (dayNumber(c.birthDate) <= onDay && last !== null && last >= onDay) out.push(c);
  }
  return out.sort((a, b) =>
    a.birthDate === b.birthDate
      ? a.id < b.id
        ? -1
        : 1
      : (a.birthDate as string) < (b.birthDate as string)
        ? -1
        : 1,
  );
}

/**
 * One claim for the household (the parent claims for all the children together, 法6条): the item is shown
 * once, on the first counted child (the one that carries the base amount, a school child too), with the
 * household's full amount; the per-child parts are its detail (`perChild` and one fact each). A child that
 * is not counted on the date (not yet born, or past its last day) keeps an item of its own only when no
 * child is counted.
 */
export const childRearingAllowance: Adjust = (item, f, ctx) => {
  if (f.birth === null) return;
  const counted = childRearingChildren(ctx.h, ctx.onDay);
  const carrier = counted[0];
  if (carrier !== undefined && carrier !== f.child) return false;
  const children = carrier === undefined ? [f.child] : counted;
  // The claim runs while any child counts: to the latest last day among them.
  let last = childRearingLastDay(f.child);
  for (const c of children) {
    const l = childRearingLastDay(c);
    if (l !== null && (last === null || l > last)) last = l;
  }
  const catalogEnd = item.closes;
  if (last !== null && fromDayNumber(last) !== catalogEnd) {
    item.closes = fromDayNumber(last);
    dropClosesFact(item, ctx.t);
    item.why.facts.push(ctx.t.ends(last));
  }
  if (children.some((c) => c.disability)) item.why.facts.push(ctx.t.rearingDisability);
  // Done when the claim is recorded on any of the children it covers.
  for (const c of ctx.h.completed)
    if (c.item === item.id && children.some((k) => k.id === c.child))
      if (item.doneOn === null || c.on < item.doneOn) item.doneOn = c.on;
  item.status = statusOn(ctx.on, item, item.doneOn);
  const { amounts, text } = amountsOn(CHILD_REARING_AMOUNTS, ctx.on);
  const { label, unverified } = text[ctx.t.lang];
  const full = children.map((_, i) => childRearingAmount(amounts, i + 1));
  // 全部支給 / 一部支給 / 停止 by the income of the year the benefit year looks at (core/benefits/income-limits.ts).
  const decision = childRearingDecision(ctx.h, allowanceClaimant(ctx.h), ctx.on, full);
  const paid =
    decision.kind === 'partial' ? decision.amounts : decision.kind === 'stopped' ? full.map(() => 0) : full;
  const perChild = children.map((c, i) => ({ child: c.id, yen: paid[i] ?? 0 }));
  const total = perChild.reduce((t, p) => t + p.yen, 0);
  item.amount = { yen: total, per: 'month' };
  item.monthlyAmountYen = total;
  item.perChild = perChild;
  const fullTotal = full.reduce((t, y) => t + y, 0);
  item.why.facts.push(ctx.t.rearingTotal(fullTotal, amounts.first, children.length - 1));
  children.forEach((c, i) => {
    const name = c.givenName ?? c.id;
    const yen = full[i] ?? 0;
    item.why.facts.push(
      i === 0 ? ctx.t.rearingFirst(yen, label, name) : ctx.t.rearingAddition(i + 1, yen, label, name),
    );
  });
  const notes: string[] = unverified ? [unverified] : [];
  switch (decision.kind) {
    case 'unknown':
      item.amountRange = { min: 0, max: total };
      item.why.facts.push(ctx.t.rearingRange(total, decision.incomeYear));
      break;
    case 'full':
      item.why.facts.push(ctx.t.rearingFull(decision.income, decision.limit, decision.incomeYear));
      break;
    case 'partial': {
      item.why.facts.push(ctx.t.rearingPartial(total, decision.income, decision.limit, decision.incomeYear));
      const formula = rearingPartialOn(ctx.on).unverified;
      if (formula) notes.push(formula[ctx.t.lang]);
      break;
    }
    case 'stopped':
      item.why.facts.push(
        ctx.t.rearingStopped(
          decision.income,
          decision.limit,
          decision.by === 'supporter',
          decision.incomeYear,
        ),
      );
      break;
  }
  if (notes.length) item.why.unverified = notes.join(ctx.t.lang === 'ja' ? '。' : '. ');
};
