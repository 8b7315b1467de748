/**
 * What a change of the household's facts does to its journey, shown before it is saved
 * (「出生日を変えると、出生届の期限が…に変わります」): both journeys are computed with the
 * engine and compared item by item (an item is its id, child and guardian).
 */
import type { CivilDate } from '../dates/civil-date';
import { computeJourney, type ItemStatus, type JourneyItem } from '../journey/journey';
import type { Household } from './schema';

export interface ItemChange {
  id: string;
  child: string | null;
  guardian?: string;
  title: { ja: string; en: string };
  kind: 'added' | 'removed' | 'changed';
  before: { status: ItemStatus; due: CivilDate | null; opens: CivilDate | null } | null;
  after: { status: ItemStatus; due: CivilDate | null; opens: CivilDate | null } | null;
}

const keyOf = (i: JourneyItem) => `${i.id}|${i.child ?? ''}|${i.guardian ?? ''}`;
// Before the birth the engine gives an estimated window; compare what a parent sees.
const dueOf = (i: JourneyItem) => i.due ?? i.estimated?.due ?? null;
const opensOf = (i: JourneyItem) => i.opens ?? i.estimated?.opens ?? null;
const view = (i: JourneyItem) => ({ status: i.status, due: dueOf(i), opens: opensOf(i) });

/** Items whose status, deadline or opening differ, that appear, or that disappear; engine order. */
export function journeyChanges(before: Household, after: Household, on: CivilDate): ItemChange[] {
  const a = computeJourney(before, on).items;
  const b = computeJourney(after, on).items;
  const old = new Map(a.map((i) => [keyOf(i), i]));
  const out: ItemChange[] = [];
  const seen = new Set<string>();
  for (const i of b) {
    const k = keyOf(i);
    seen.add(k);
    const was = old.get(k);
    const base = {
      id: i.id,
      child: i.child,
      ...(i.guardian ? { guardian: i.guardian } : {}),
      title: i.title,
    };
    if (!was) out.push({ ...base, kind: 'added', before: null, after: view(i) });
    else if (was.status !== i.status || dueOf(was) !== dueOf(i) || opensOf(was) !== opensOf(i))
      out.push({ ...base, kind: 'changed', before: view(was), after: view(i) });
  }
  for (const i of a)
    if (!seen.has(keyOf(i)))
      out.push({
        id: i.id,
        child: i.child,
        ...(i.guardian ? { guardian: i.guardian } : {}),
        title: i.title,
        kind: 'removed',
        before: view(i),
        after: null,
      });
  return out;
}
