/**
 * 保育所等の利用申込 (子ども・子育て支援法20条 認定, 児童福祉法24条): the first April round the child
 * can use (infants from 57 days old), whose window is the previous autumn; other months close on a
 * day of the previous month (overlay).
 */
import { fromParts, parts, ymdOfDay, type CivilDate } from '../../dates/civil-date';
import { addCalendarMonths } from '../../dates/offsets';
import { NATIONAL_DEFAULTS, type MunicipalOverlay } from '../../catalog/municipalities/overlay';
import { statusOn } from '../status';
import type { Adjust, Window } from '../frame';
import { JA, type JourneyText } from '../text';

/** The next monthly admission round open on `on`: its deadline and the month it admits for. */
export function nextMonthlyRound(on: CivilDate, deadlineDay: number, t: JourneyText = JA): string {
  const { year, month, day } = parts(on);
  const first =
    day <= deadlineDay
      ? fromParts(year, month, deadlineDay)
      : addCalendarMonths(fromParts(year, month, deadlineDay), 1);
  const admits = addCalendarMonths(first, 1);
  return t.nurseryRound(first, parts(admits).month);
}

type NurseryRules = MunicipalOverlay['nursery'];
interface AprilRound {
  opens: CivilDate;
  closes: CivilDate;
  target: string;
  period: string;
}
const roundText: Readonly<Record<JourneyText['lang'], WeakMap<NurseryRules, Map<number, AprilRound>>>> = {
  ja: new WeakMap(),
  en: new WeakMap(),
};

/** The application round for April admission in `aprilYear` (held the autumn before). */
function aprilRound(nursery: NurseryRules, aprilYear: number, t: JourneyText): AprilRound {
  let byYear = roundText[t.lang].get(nursery);
  if (!byYear) roundText[t.lang].set(nursery, (byYear = new Map()));
  let round = byYear.get(aprilYear);
  if (!round) {
    const opens = `${aprilYear - 1}-${nursery.aprilRound.opens}` as CivilDate;
    const closes = `${aprilYear - 1}-${nursery.aprilRound.closes}` as CivilDate;
    round = {
      opens,
      closes,
      target: t.nurseryTarget(aprilYear),
      period: t.nurseryPeriod(opens, closes),
    };
    byYear.set(aprilYear, round);
  }
  return round;
}

export const nurseryApplication: Adjust = (item, f, ctx) => {
  const nursery = ctx.overlay?.nursery ?? NATIONAL_DEFAULTS.nursery;
  const birth = f.birth ?? f.expected;
  if (birth === null) return;
  const eligible = ymdOfDay(birth + 57);
  const aprilYear = Math.floor(eligible / 10_000) + (eligible % 10_000 > 401 ? 1 : 0);
  const round = aprilRound(nursery, aprilYear, ctx.t);
  const w: Window = { opens: round.opens, due: round.closes, closes: round.closes };
  item.why.facts = [
    round.target,
    round.period,
    (ctx.otherRounds ??= ctx.t.nurseryOtherRounds(
      nursery.monthlyDeadlineDay,
      nextMonthlyRound(ctx.on, nursery.monthlyDeadlineDay, ctx.t),
    )),
    // 保育料: 3–5歳 free (無償化); 0–2歳 free for 住民税非課税世帯 nationally, else by the municipality's tiers.
    ctx.t.nurseryFee(ctx.h.residentTaxExempt === true),
  ];
  item.why.source = nursery.source;
  if (nursery.unverified)
    item.why.unverified =
      ctx.t.lang === 'en' ? (nursery.en?.unverified ?? nursery.unverified) : nursery.unverified;
  if (f.birth === null) {
    item.estimated = w;
    return;
  }
  item.opens = w.opens;
  item.due = w.due;
  item.closes = w.closes;
  item.status = statusOn(ctx.on, w, item.doneOn);
};
