/** 子ども医療費助成: municipal 条例 (overlay), the period in force on the date asked. */
import { fromDayNumber } from '../../dates/civil-date';
import { dayEndOfSchoolYearOfAge } from '../../dates/age';
import { NATIONAL_DEFAULTS, type MunicipalOverlay } from '../../catalog/municipalities/overlay';
import { dropClosesFact, statusOn } from '../status';
import type { Adjust } from '../frame';

type SubsidyPeriod = MunicipalOverlay['medicalSubsidy']['periods'][number];

// Text made only from catalog data is made once per catalog object (it never changes while that object lives).
const periodText = new WeakMap<SubsidyPeriod, readonly string[]>();

function periodFacts(period: SubsidyPeriod): readonly string[] {
  let facts = periodText.get(period);
  if (!facts)
    periodText.set(
      period,
      (facts = [
        `対象: ${period.schoolYearEndOfAge}歳年度末まで`,
        `自己負担: ${period.copay}`,
        `所得制限: ${period.incomeLimit ?? 'なし'}`,
      ]),
    );
  return facts;
}

export const childMedicalSubsidy: Adjust = (item, f, ctx) => {
  const rules = ctx.overlay?.medicalSubsidy ?? NATIONAL_DEFAULTS.medicalSubsidy;
  let period = rules.periods[0];
  for (const p of rules.periods) if (p.from <= ctx.on) period = p;
  if (!period) return;
  item.closes =
    f.birth === null ? null : fromDayNumber(dayEndOfSchoolYearOfAge(f.birth, period.schoolYearEndOfAge));
  if (f.birth !== null) item.status = statusOn(ctx.on, item, item.doneOn);
  item.why.source = rules.source;
  // The subsidy's own end replaces the catalog's.
  dropClosesFact(item);
  for (const text of periodFacts(period)) item.why.facts.push(text);
  if (!ctx.overlay) item.why.facts.push('市区町村の規則が未登録のため、一般的な内容で表示しています');
};
