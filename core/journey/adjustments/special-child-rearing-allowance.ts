/**
 * 特別児童扶養手当 (特別児童扶養手当等の支給に関する法律3条・4条): for a child under 20 with a disability;
 * 1級 and 2級 differ. Amounts are the fiscal year's (revised each April, 同法16条 → 児童扶養手当法5条の2).
 */
import { amountsOn, SPECIAL_AMOUNTS } from '../../benefits/fiscal-year-amounts';
import type { Adjust } from '../frame';

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
  item.why.facts.push(ctx.t.specialIncome);
  if (unverified) item.why.unverified = unverified;
};
