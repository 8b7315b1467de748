/**
 * 特別児童扶養手当 (特別児童扶養手当等の支給に関する法律3条・4条): for a child under 20 with a disability;
 * 1級 and 2級 differ. Amounts are the fiscal year's (revised each April, 同法16条 → 児童扶養手当法5条の2).
 */
import {
  amountsOn,
  DISABLED_CHILD_WELFARE_AMOUNTS,
  SPECIAL_AMOUNTS,
} from '../../benefits/fiscal-year-amounts';
import {
  limitDecision,
  SPECIAL_LIMITS,
  WELFARE_LIMITS,
  type LimitDecision,
} from '../../benefits/income-limits';
import { allowanceClaimant } from '../../household/schema';
import type { Adjust, Context, JourneyItem } from '../frame';

export const specialChildRearingAllowance: Adjust = (item, f, ctx) => {
  const { amounts, text } = amountsOn(SPECIAL_AMOUNTS, ctx.on);
  const { label, unverified } = text[ctx.t.lang];
  const grade = f.child.disability?.grade;
  if (grade === undefined) {
    // The grade is certified by the prefecture: until it is recorded, both amounts are shown.
    item.amount = null;
    item.monthlyAmountYen = null;
    item.why.facts.push(
      ctx.t.specialBoth(amounts.grade1, amounts.grade2, label),
      ctx.t.specialGradeCertified,
    );
  } else {
    const amount = grade === 1 ? amounts.grade1 : amounts.grade2;
    item.amount = { yen: amount, per: 'month' };
    item.monthlyAmountYen = amount;
    item.why.facts.push(ctx.t.specialGrade(grade, amount, label));
  }
  limitFacts(item, limitDecision(ctx.h, allowanceClaimant(ctx.h), ctx.on, SPECIAL_LIMITS), ctx);
  if (unverified) item.why.unverified = unverified;
};

/** The 所得制限 (all or nothing): within, over (nothing paid), or not known (the amount assumes no limit applies). */
function limitFacts(item: JourneyItem, d: LimitDecision, ctx: Context): void {
  if (d.kind === 'over') {
    item.why.facts.push(ctx.t.limitOver(d.income, d.limit, d.incomeYear));
    if (item.amount) item.amount = { yen: 0, per: 'month' };
    if (item.monthlyAmountYen !== null) item.monthlyAmountYen = 0;
  } else if (d.kind === 'within') item.why.facts.push(ctx.t.limitWithin(d.incomeYear));
  else item.why.facts.push(ctx.t.limitAssumed(d.incomeYear));
}

/**
 * 障害児福祉手当 (同法17条・18条): the fiscal year's monthly amount, for a child whose disability needs constant care
 * (the household records the disability, not that degree: the item says so), limited by income.
 */
export const disabledChildWelfareAllowance: Adjust = (item, _f, ctx) => {
  const { amounts, text } = amountsOn(DISABLED_CHILD_WELFARE_AMOUNTS, ctx.on);
  const { label, unverified } = text[ctx.t.lang];
  item.amount = { yen: amounts.monthly, per: 'month' };
  item.monthlyAmountYen = amounts.monthly;
  item.why.facts.push(
    ctx.t.welfareAmount(amounts.monthly, label),
    ctx.t.welfareConstantCare,
    ctx.t.welfareIncome,
  );
  // The child is the recipient (its own income taken as none); the parents count as 扶養義務者.
  limitFacts(item, limitDecision(ctx.h, null, ctx.on, WELFARE_LIMITS), ctx);
  if (unverified) {
    const sep = ctx.t.lang === 'ja' ? '。' : ' ';
    item.why.unverified = item.why.unverified ? `${item.why.unverified}${sep}${unverified}` : unverified;
  }
};
