/**
 * 児童手当 認定請求 (児童手当法7条・8条; 公務員は所属庁へ, 17条): the claimant, where to file, and the
 * monthly amount the claim brings. A claim after the deadline is paid from the month after the claim,
 * with no back pay (8条②): the item says so instead of promising the months already lost.
 */
import { allowanceChildren, firstMonthlyAmount, MONTHLY_UNDER_3 } from '../../benefits/child-allowance';
import { allowanceClaimant, type Household } from '../../household/schema';
import { monthlyFact, type Adjust } from '../frame';

/** The claimant of 児童手当 and the fact naming them (once per journey). */
function claimantOf(h: Household): { civilServant: boolean; fact: string } {
  const claimant = allowanceClaimant(h);
  const civilServant = claimant.employment === 'civil-servant';
  return {
    civilServant,
    fact: `請求者 ${claimant.familyName} ${claimant.givenName}${civilServant ? '（公務員: 勤務先へ請求）' : ''}`,
  };
}

export const childAllowanceApplication: Adjust = (item, f, ctx) => {
  const { civilServant, fact } = (ctx.claimant ??= claimantOf(ctx.h));
  const amount =
    f.birth === null ? MONTHLY_UNDER_3 : firstMonthlyAmount((ctx.born ??= allowanceChildren(ctx.h)), f.id);
  item.filedAt = civilServant ? 'employer' : 'municipality';
  item.online = !civilServant;
  item.applyOnline = !civilServant && f.birth !== null;
  item.monthlyAmountYen = amount;
  item.amount = { yen: amount, per: 'month' };
  if (civilServant) item.why.legalBasis = '児童手当法7条・8条・17条（公務員は所属庁）';
  item.why.facts.push(fact, monthlyFact(amount));
  if (item.status === 'overdue')
    item.why.facts.push('期限を過ぎています: 請求した月の翌月分から支給され、さかのぼっては支給されません');
};
