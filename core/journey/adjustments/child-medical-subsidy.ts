/** 子ども医療費助成: municipal 条例 (overlay), the period in force on the date asked. */
import { fromDayNumber } from '../../dates/civil-date';
import { dayEndOfSchoolYearOfAge } from '../../dates/age';
import { NATIONAL_DEFAULTS, type MunicipalOverlay } from '../../catalog/municipalities/overlay';
import { dropClosesFact, statusOn } from '../status';
import type { Adjust } from '../frame';
import type { JourneyText } from '../text';

type SubsidyPeriod = MunicipalOverlay['medicalSubsidy']['periods'][number];

// Text made only from catalog data is made once per catalog object and language (it never changes while that object lives).
const periodText: Readonly<Record<JourneyText['lang'], WeakMap<SubsidyPeriod, readonly string[]>>> = {
  ja: new WeakMap(),
  en: new WeakMap(),
};

function periodFacts(period: SubsidyPeriod, t: JourneyText): readonly string[] {
  let facts = periodText[t.lang].get(period);
  if (!facts) {
    const words = t.lang === 'en' ? period.en : period;
    periodText[t.lang].set(
      period,
      (facts = [
        t.subsidyAge(period.schoolYearEndOfAge),
        t.subsidyCopay(words.copay),
        t.subsidyIncomeLimit(words.incomeLimit),
      ]),
    );
  }
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
  dropClosesFact(item, ctx.t);
  for (const text of periodFacts(period, ctx.t)) item.why.facts.push(text);
  if (!ctx.overlay) item.why.facts.push(ctx.t.noOverlay);
};
