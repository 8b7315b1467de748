/**
 * 保育所等の利用申込 (子ども・子育て支援法20条 認定, 児童福祉法24条): the first April round the child
 * can use (infants from 57 days old), whose window is the previous autumn; other months close on a
 * day of the previous month (overlay).
 */
import { fromParts, parts, ymdOfDay, type CivilDate } from '../../dates/civil-date';
import { addCalendarMonths } from '../../dates/offsets';
import { formatWareki } from '../../dates/wareki';
import { NATIONAL_DEFAULTS, type MunicipalOverlay } from '../../catalog/municipalities/overlay';
import { statusOn } from '../status';
import type { Adjust, Window } from '../frame';

/** The next monthly admission round open on `on`: its deadline and the month it admits for. */
export function nextMonthlyRound(on: CivilDate, deadlineDay: number): string {
  const { year, month, day } = parts(on);
  const first =
    day <= deadlineDay
      ? fromParts(year, month, deadlineDay)
      : addCalendarMonths(fromParts(year, month, deadlineDay), 1);
  const admits = addCalendarMonths(first, 1);
  return `${formatWareki(first)}締切・${parts(admits).month}月入所`;
}

type NurseryRules = MunicipalOverlay['nursery'];
interface AprilRound {
  opens: CivilDate;
  closes: CivilDate;
  target: string;
  period: string;
}
const roundText = new WeakMap<NurseryRules, Map<number, AprilRound>>();

/** The application round for April admission in `aprilYear` (held the autumn before). */
function aprilRound(nursery: NurseryRules, aprilYear: number): AprilRound {
  let byYear = roundText.get(nursery);
  if (!byYear) roundText.set(nursery, (byYear = new Map()));
  let round = byYear.get(aprilYear);
  if (!round) {
    const opens = `${aprilYear - 1}-${nursery.aprilRound.opens}` as CivilDate;
    const closes = `${aprilYear - 1}-${nursery.aprilRound.closes}` as CivilDate;
    round = {
      opens,
      closes,
      target: `対象の4月入所: ${aprilYear}年4月（生後57日から入所できる施設が多い）`,
      period: `申込期間 ${formatWareki(opens)}〜${formatWareki(closes)}`,
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
  const round = aprilRound(nursery, aprilYear);
  const w: Window = { opens: round.opens, due: round.closes, closes: round.closes };
  item.why.facts = [
    round.target,
    round.period,
    (ctx.otherRounds ??= `4月以外: 前月${nursery.monthlyDeadlineDay}日締切（次は ${nextMonthlyRound(ctx.on, nursery.monthlyDeadlineDay)}）`),
  ];
  item.why.source = nursery.source;
  if (nursery.unverified) item.why.unverified = nursery.unverified;
  if (f.birth === null) {
    item.estimated = w;
    return;
  }
  item.opens = w.opens;
  item.due = w.due;
  item.closes = w.closes;
  item.status = statusOn(ctx.on, w, item.doneOn);
};
