/**
 * 出産育児一時金 (健康保険法101条・114条, 国民健康保険法58条; amount 同法施行令36条): one claim per birth,
 * the amount per child (twins: two children's amounts on one claim), read by the date of the birth — a
 * birth on 2023-03-31 is ¥420,000 (¥408,000 without 産科医療補償制度) though its claim runs to 2025-03-31.
 * The table is core/benefits/childbirth-lump-sum.ts.
 */
import { lumpSumForBirth } from '../../benefits/childbirth-lump-sum';
import { sameBirth, type Adjust } from '../frame';
import { birthDoneOn } from '../status';

export const childbirthLumpSum: Adjust = (item, f, ctx) => {
  const birthSet = sameBirth(ctx.h, f.child);
  // One claim per birth: shown on the first child of the birth.
  if (birthSet.length > 1) {
    if (birthSet[0] !== f.child) return false;
    birthDoneOn(item, birthSet, ctx);
  }
  const date = f.child.birthDate ?? f.child.expectedBirthDate;
  if (!date) return;
  const { amounts, beforeTable } = lumpSumForBirth(date);
  item.amount = { yen: amounts.withCompensation, per: 'fetus' };
  const legal = amounts.legal[ctx.t.lang];
  item.why.legalBasis =
    ctx.t.lang === 'ja' ? `${item.why.legalBasis}（${legal}）` : `${item.why.legalBasis} (${legal})`;
  item.why.facts.push(
    ctx.t.lumpSumAmount(amounts.withCompensation, amounts.base, f.child.birthDate === undefined),
  );
  if (birthSet.length > 1)
    item.why.facts.push(ctx.t.lumpSumPerBirth(birthSet.length, birthSet.length * amounts.withCompensation));
  if (beforeTable) item.why.unverified = ctx.t.lumpSumBeforeTable;
};
