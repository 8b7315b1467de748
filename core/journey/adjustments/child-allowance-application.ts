/**
 * 児童手当 認定請求 (児童手当法7条・8条; 公務員は所属庁へ, 17条): the claimant, where to file, and the
 * monthly amount the claim brings. A claim after the deadline is paid from the month after the claim,
 * with no back pay (8条②): the item says so instead of promising the months already lost.
 */
import {
  addMonths,
  allowanceChildren,
  amountsForMonth,
  firstMonthlyAmount,
  monthOf,
  MONTHLY_UNDER_3,
  REFORM_FROM,
} from '../../benefits/child-allowance';
import { allowanceClaimant, type Household } from '../../household/schema';
import type { Adjust, Context } from '../frame';

/** The claimant of 児童手当 and the fact naming them (once per journey). */
function claimantOf(h: Household, t: Context['t']): { civilServant: boolean; fact: string } {
  const claimant = allowanceClaimant(h);
  const civilServant = claimant.employment === 'civil-servant';
  return { civilServant, fact: t.claimant(claimant.familyName, claimant.givenName, civilServant) };
}

export const childAllowanceApplication: Adjust = (item, f, ctx) => {
  const { civilServant, fact } = (ctx.claimant ??= claimantOf(ctx.h, ctx.t));
  item.filedAt = civilServant ? 'employer' : 'municipality';
  item.online = !civilServant;
  item.applyOnline = !civilServant && f.birth !== null;
  if (civilServant) item.why.legalBasis = ctx.t.allowanceCivilServantLegal;
  if (ctx.on < REFORM_FROM) {
    // The old law (income limits, three payments a year) is not modelled: no new-law figures for it.
    item.monthlyAmountYen = null;
    item.amount = null;
    item.why.facts.push(fact, ctx.t.allowanceOldLaw);
    return;
  }
  const born = (ctx.born ??= allowanceChildren(ctx.h));
  // Late: paid from the month after the claim, at that month's rate (法8条②, no back pay).
  const late = item.status === 'overdue' || item.status === 'missed';
  const index = late && f.birth !== null ? born.findIndex((c) => c.id === f.id) : -1;
  const lateAmount =
    index < 0
      ? -1
      : ((ctx.nextMonthAmounts ??= amountsForMonth(born, addMonths(monthOf(ctx.on), 1)))[index] as number);
  const amount =
    lateAmount >= 0 ? lateAmount : f.birth === null ? MONTHLY_UNDER_3 : firstMonthlyAmount(born, f.id);
  item.monthlyAmountYen = amount;
  item.amount = { yen: amount, per: 'month' };
  item.why.facts.push(fact, ctx.t.monthly(amount));
  if (late) item.why.facts.push(ctx.t.allowanceLate);
};
