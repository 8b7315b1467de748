/**
 * 出産育児一時金 (健康保険法101条・114条, 国民健康保険法58条; amount 同法施行令36条): one claim per birth,
 * the amount per child (twins: two children's amounts on one claim), read by the date of the birth — a
 * birth on 2023-03-31 is ¥420,000 (¥408,000 without 産科医療補償制度) though its claim runs to 2025-03-31.
 * The table is core/benefits/childbirth-lump-sum.ts.
 */
import { lumpSumForBirth, type LumpSumAmounts } from '../../benefits/childbirth-lump-sum';
import { birthSetOf, type Adjust, type Context } from '../frame';
import { birthDoneOn } from '../status';

interface LumpSumWords {
  legalBasis: string;
  amount: string;
  estimated: string;
}

// Made once per table row and language (the benchmark builds this item for every child); the catalog's legal
// basis is the compiled plan's, one text per language.
const madeWords: Readonly<Record<'ja' | 'en', WeakMap<LumpSumAmounts, LumpSumWords>>> = {
  ja: new WeakMap(),
  en: new WeakMap(),
};

function textsOf(amounts: LumpSumAmounts, catalogLegal: string, ctx: Context): LumpSumWords {
  const byRow = madeWords[ctx.t.lang];
  let w = byRow.get(amounts);
  if (!w) {
    const legal = amounts.legal[ctx.t.lang];
    byRow.set(
      amounts,
      (w = {
        legalBasis: ctx.t.lang === 'ja' ? `${catalogLegal}（${legal}）` : `${catalogLegal} (${legal})`,
        amount: ctx.t.lumpSumAmount(amounts.withCompensation, amounts.base, false),
        estimated: ctx.t.lumpSumAmount(amounts.withCompensation, amounts.base, true),
      }),
    );
  }
  return w;
}

export const childbirthLumpSum: Adjust = (item, f, ctx) => {
  const birthSet = birthSetOf(f, ctx.h);
  // One claim per birth: shown on the first child of the birth.
  if (birthSet.length > 1) {
    if (birthSet[0] !== f.child) return false;
    birthDoneOn(item, birthSet, ctx);
  }
  const date = f.child.birthDate ?? f.child.expectedBirthDate;
  if (!date) return;
  const { amounts, beforeTable } = lumpSumForBirth(date);
  item.amount = { yen: amounts.withCompensation, per: 'fetus' };
  const words = textsOf(amounts, item.why.legalBasis, ctx);
  item.why.legalBasis = words.legalBasis;
  item.why.facts.push(f.child.birthDate === undefined ? words.estimated : words.amount);
  if (birthSet.length > 1)
    item.why.facts.push(ctx.t.lumpSumPerBirth(birthSet.length, birthSet.length * amounts.withCompensation));
  if (beforeTable) item.why.unverified = ctx.t.lumpSumBeforeTable;
};
