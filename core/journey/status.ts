/** The status rule on civil dates, and the amendments adjustments make to a built item. */
import { dayNumber, fromDayNumber, type CivilDate } from '../dates/civil-date';
import type { Child } from '../household/schema';
import { statusOnDay, type Context, type ItemStatus, type JourneyItem, type Window } from './frame';
import type { JourneyText } from './text';

/** Status from the window, the completion and the date. */
export function statusOn(on: CivilDate, w: Window, doneOn: CivilDate | null): ItemStatus {
  return statusOnDay(dayNumber(on), dayOrNull(w.opens), dayOrNull(w.due), dayOrNull(w.closes), doneOn);
}

function dayOrNull(d: CivilDate | null): number | null {
  return d === null ? null : dayNumber(d);
}

/** Replace an item's deadline (day number) and its 期限 fact, keeping the facts' order. */
export function setDue(item: JourneyItem, due: number, t: JourneyText): void {
  item.due = fromDayNumber(due);
  const text = t.deadline(due);
  const facts = item.why.facts;
  const at = facts.findIndex((f) => t.isDeadline(f));
  if (at >= 0) facts[at] = text;
  else facts.splice(facts[0] !== undefined && t.isDateFact(facts[0]) ? 1 : 0, 0, text);
}

/** Replace an item's end (day number) and its 終了 fact, where the catalog put it. */
export function setCloses(item: JourneyItem, closes: number, t: JourneyText): void {
  item.closes = fromDayNumber(closes);
  const facts = item.why.facts;
  const at = facts.findIndex((f) => t.isEnds(f));
  if (at >= 0) facts[at] = t.ends(closes);
}

/** Drop the catalog's 終了 fact (always the last fact of a base item) when an adjustment sets its own end. */
export function dropClosesFact(item: JourneyItem, t: JourneyText): void {
  const facts = item.why.facts;
  if (facts.length > 0 && t.isEnds(facts[facts.length - 1] as string)) facts.pop();
}

/**
 * A claim made once for a whole birth (twins: one claim): done when it is recorded on any child of the
 * birth (the earliest record), and the status follows.
 */
export function birthDoneOn(item: JourneyItem, birthSet: readonly Child[], ctx: Context): void {
  let on: CivilDate | null = item.doneOn;
  for (const c of ctx.h.completed)
    if (c.item === item.id && c.child !== undefined && birthSet.some((k) => k.id === c.child))
      if (on === null || c.on < on) on = c.on;
  if (on === item.doneOn) return;
  item.doneOn = on;
  item.status = 'done';
}
