/**
 * 妊婦のための支援給付 (子ども・子育て支援法10条の2〜10条の13, from 2025-04): two claims, each open for
 * 2 years as the municipalities publish it (苓北町 https://reihoku-kumamoto.jp/kiji0032628/index.html,
 * 伊野町 https://www.town.ino.kochi.jp/kosodate/ninshin/ninshin_jyosei/13693, 垂水市
 * http://www.city.tarumizu.lg.jp/kenko/kurashi/kosodate/kodomo/ninshin_kosodate/ninnpusienn.html):
 * - 1回目 (妊婦給付認定): from the day the heartbeat is confirmed (胎児心拍の確認), for 2 years — also after the
 *   birth. The household does not record that day; it is never after the 妊娠届 (filed with it) nor after
 *   the birth, so the item ends on the latest day it can be, counted from the first of those the household
 *   records, and says so.
 * - 2回目 (胎児の数の届出): from the day 8 weeks before the due date (予定日 − 56日), for 2 years — counted from
 *   the due date also after the birth, when the household keeps it.
 * "〜の日より2年間" is read as a period that includes its first day: it ends on the eve of the same date two
 * years on (民法143条). 垂水市 words the end a day earlier ("2年が経過する日の前の日まで"); kept unverified.
 */
import { dayNumber, fromDayNumber } from '../../dates/civil-date';
import { dayPeriodAfterEnds } from '../../dates/offsets';
import { statusOn } from '../status';
import type { Adjust, Context, JourneyItem } from '../frame';

const TWO_YEARS = 24;
/** 妊娠0週0日 to the due date (40週0日). */
const PREGNANCY_DAYS = 280;

/** The 2-year period that includes day `first`: its last day. */
const twoYearsFrom = (first: number): number => dayPeriodAfterEnds(first - 1, TWO_YEARS);

/** The claim's last day (the catalog gives none: it depends on the household's dates). */
function setEnd(item: JourneyItem, closes: number, ctx: Context): void {
  if (item.estimated) {
    item.estimated.closes = fromDayNumber(closes);
    return;
  }
  item.closes = fromDayNumber(closes);
  item.why.facts.push(ctx.t.ends(closes));
  if (item.status !== 'done') item.status = statusOn(ctx.on, item, item.doneOn);
}

export const pregnancySupportFirst: Adjust = (item, f, ctx) => {
  const born = f.birth ?? f.expected;
  if (born === null) return;
  // A 妊娠届 recorded within this pregnancy (the 280 days before the birth or due date, and not after it).
  let notified: number | null = null;
  for (const c of ctx.h.completed)
    if (c.item === 'pregnancy-notification' && c.child === f.id) {
      const on = dayNumber(c.on);
      if (on >= born - PREGNANCY_DAYS && on <= born) notified = on;
    }
  const anchor = notified ?? born;
  setEnd(item, twoYearsFrom(anchor), ctx);
  item.why.facts.push(
    ctx.t.supportFirstDeadline(notified !== null ? 'notification' : f.birth !== null ? 'birth' : 'expected'),
  );
};

export const pregnancySupportSecond: Adjust = (item, f, ctx) => {
  const due = f.expected ?? f.birth;
  if (due === null) return;
  const opens = due - 56;
  if (item.estimated) item.estimated.opens = fromDayNumber(opens);
  if (item.opens !== null) item.opens = fromDayNumber(opens);
  setEnd(item, twoYearsFrom(opens), ctx);
  item.why.facts.push(ctx.t.supportSecondDeadline);
};
