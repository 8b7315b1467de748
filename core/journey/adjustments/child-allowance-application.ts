/**
 * 児童手当 認定請求 (児童手当法7条・8条; 公務員は所属庁へ, 17条) and 額改定認定請求 (9条): the claimant,
 * where to file, and the monthly amount the claim brings. A claim after the deadline is paid from the month
 * after the claim, with no back pay (8条②; 9条① for the revision): the item says so instead of promising the
 * months already lost.
 *
 * One claim, not one per child (issue 17 item 4, issue 18): a 認定請求 covers every child the claimant
 * supports, so it is shown once per birth (on the first child of twins) and is done when a recorded claim
 * covers the child (core/benefits/child-allowance.ts `allowanceClaims`). A household already receiving for an
 * older child on the birth files a 額改定認定請求 for the new child (15 days; from the month after): the
 * journey shows that item instead, and not the 認定請求.
 */
import {
  addMonths,
  allowanceChildren,
  allowanceClaims,
  type AllowanceChild,
  amountsForMonth,
  firstMonthlyAmount,
  monthOf,
  MONTHLY_UNDER_3,
  receivingBefore,
  REFORM_FROM,
} from '../../benefits/child-allowance';
import { allowanceClaimant, type Household } from '../../household/schema';
import { birthSetOf, type Adjust, type ChildFrame, type Context, type JourneyItem } from '../frame';
import { statusOn } from '../status';

/** The claimant of 児童手当 and the fact naming them (once per journey). */
function claimantOf(h: Household, t: Context['t']): { civilServant: boolean; fact: string } {
  const claimant = allowanceClaimant(h);
  const civilServant = claimant.employment === 'civil-servant';
  return { civilServant, fact: t.claimant(claimant.familyName, claimant.givenName, civilServant) };
}

/** Which of the two claims this child's birth calls for; null: not this child's item (a later twin). */
function claimKind(f: ChildFrame, ctx: Context): 'application' | 'revision' | null {
  const birthSet = birthSetOf(f, ctx.h);
  if (birthSet.length > 1 && birthSet[0] !== f.child) return null;
  const anchor = f.birth ?? f.expected;
  if (anchor === null) return 'application';
  const born = (ctx.born ??= allowanceChildren(ctx.h));
  const claims = (ctx.claims ??= allowanceClaims(ctx.h, born));
  return receivingBefore(born, claims, anchor) ? 'revision' : 'application';
}

/** Done when a recorded claim covers the child (or another child of its birth). */
function coveredOn(item: JourneyItem, f: ChildFrame, ctx: Context): void {
  if (f.birth === null) return;
  const born = (ctx.born ??= allowanceChildren(ctx.h));
  const claims = (ctx.claims ??= allowanceClaims(ctx.h, born));
  let on = item.doneOn;
  for (const k of birthSetOf(f, ctx.h)) {
    const i = born.findIndex((c) => c.id === k.id);
    const at = i < 0 ? null : (claims.claimedOn[i] ?? null);
    if (at !== null && (on === null || at < on)) on = at;
  }
  if (on === item.doneOn) return;
  item.doneOn = on;
  item.status = statusOn(ctx.on, item, on);
}

function claimItem(item: JourneyItem, f: ChildFrame, ctx: Context): void {
  const { civilServant, fact } = (ctx.claimant ??= claimantOf(ctx.h, ctx.t));
  item.filedAt = civilServant ? 'employer' : 'municipality';
  item.online = !civilServant;
  item.applyOnline = !civilServant && f.birth !== null;
  if (civilServant) item.why.legalBasis = ctx.t.allowanceCivilServantLegal;
  coveredOn(item, f, ctx);
  const birthSet = birthSetOf(f, ctx.h);
  if (birthSet.length > 1) item.why.facts.push(ctx.t.allowanceOneClaim(birthSet.length));
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
  // The claim's amount for the birth: each child of it (twins: both on the one claim; a third child's rate differs).
  // A claim already made: what it pays this month (once the first month is past); else what it brings first.
  const now = item.status === 'done' && f.birth !== null ? amountsForMonth(born, monthOf(ctx.on)) : null;
  let amountTotal = 0;
  let nowTotal = 0;
  for (const k of birthSet) {
    const at = now === null ? -1 : born.findIndex((c) => c.id === k.id);
    nowTotal += at < 0 ? 0 : Math.max(0, (now as number[])[at] as number);
    const index = late && f.birth !== null ? born.findIndex((c) => c.id === k.id) : -1;
    const lateAmount =
      index < 0
        ? -1
        : ((ctx.nextMonthAmounts ??= amountsForMonth(born, addMonths(monthOf(ctx.on), 1)))[index] as number);
    amountTotal +=
      lateAmount >= 0 ? lateAmount : f.birth === null ? MONTHLY_UNDER_3 : firstMonthlyAmount(born, k.id);
  }
  if (nowTotal > 0) amountTotal = nowTotal;
  item.monthlyAmountYen = amountTotal;
  item.amount = { yen: amountTotal, per: 'month' };
  item.why.facts.push(fact, ctx.t.monthly(amountTotal));
  if (late) item.why.facts.push(ctx.t.allowanceLate);
}

export const childAllowanceApplication: Adjust = (item, f, ctx) => {
  if (claimKind(f, ctx) !== 'application') return false;
  claimItem(item, f, ctx);
  if (item.status === 'done' || f.birth === null) return;
  // The one claim lists every child the claimant supports: name the older ones it will cover too.
  const born = (ctx.born ??= allowanceChildren(ctx.h));
  const claims = (ctx.claims ??= allowanceClaims(ctx.h, born));
  const names: string[] = [];
  const birthSet = birthSetOf(f, ctx.h);
  for (let i = 0; i < born.length; i++) {
    const c = born[i] as AllowanceChild;
    if (!c.supported || c.birthDay > f.birth || claims.claimedOn[i] !== null) continue;
    if (birthSet.some((k) => k.id === c.id)) continue;
    const child = ctx.h.children.find((k) => k.id === c.id);
    names.push(child?.givenName ?? c.id);
  }
  if (names.length > 0) item.why.facts.push(ctx.t.allowanceAlsoCovers(names));
};

export const childAllowanceRevision: Adjust = (item, f, ctx) => {
  if (claimKind(f, ctx) !== 'revision') return false;
  claimItem(item, f, ctx);
  item.why.facts.push(ctx.t.allowanceRevision);
};
