/** Small views over the journey shared by home, journey and item detail. */
import { dayEndOfSchoolYearOfAge } from '../../../core/dates/age';
import { addDays, compare, dayNumber, fromDayNumber, type CivilDate } from '../../../core/dates/civil-date';
import type { Household } from '../../../core/household/schema';
import type { Journey, JourneyItem } from '../../../core/journey/journey';
import { itemKey } from '../../../core/reminders/reminders';
import { t } from './i18n';
import type { ItemRef } from './session.svelte';

export { itemKey };

export const refOf = (i: JourneyItem): ItemRef =>
  i.guardian === undefined
    ? { id: i.id, child: i.child }
    : { id: i.id, child: i.child, guardian: i.guardian };

export function findItem(j: Journey | null, ref: ItemRef | null): JourneyItem | undefined {
  if (!j || !ref) return undefined;
  const key = itemKey(ref);
  return j.items.find((i) => itemKey(i) === key);
}

export function childName(h: Household | null, id: string | null): string {
  const c = h?.children.find((x) => x.id === id);
  if (!c) return '';
  return c.familyName && c.givenName ? `${c.familyName} ${c.givenName}` : t('child.unborn');
}

export function guardianLabel(h: Household | null, id: string | undefined): string {
  const g = h?.guardians.find((x) => x.id === id);
  return g ? t('guardian.name', { name: `${g.familyName} ${g.givenName}` }) : '';
}

/** Whom an item concerns, in words. */
export function whoText(h: Household | null, i: JourneyItem): string {
  if (i.guardian) return guardianLabel(h, i.guardian);
  return childName(h, i.child);
}

const byDeadline = (a: JourneyItem, b: JourneyItem): number => {
  const da = a.due ?? a.closes;
  const db = b.due ?? b.closes;
  if (da && db) return compare(da, db);
  return da ? -1 : db ? 1 : 0;
};

/** Overdue and due now, by deadline (the nearest first; overdue ones have the earliest). */
export function dueNow(j: Journey): JourneyItem[] {
  return j.items.filter((i) => i.status === 'due' || i.status === 'overdue').sort(byDeadline);
}

/** Items opening within `days` days after `on`. */
export function openingSoon(j: Journey, on: CivilDate, days = 30): JourneyItem[] {
  const end = addDays(on, days);
  return j.items
    .filter(
      (i) =>
        i.status === 'upcoming' && i.opens !== null && compare(i.opens, on) > 0 && compare(i.opens, end) <= 0,
    )
    .sort((a, b) => compare(a.opens as CivilDate, b.opens as CivilDate));
}

/** A school child (primary-school entry, the April 1 after 6歳年度末, has come) and its items. */
export interface OlderChildGroup {
  child: string;
  name: string;
  items: JourneyItem[];
}

/**
 * Home stays calm as children grow: the items of children already at school are grouped, one closed group per
 * child, after the items of the younger children, the parents and the household (which stay one by one).
 */
export function groupOlderChildren(
  h: Household | null,
  items: readonly JourneyItem[],
  today: CivilDate,
): { main: JourneyItem[]; older: OlderChildGroup[] } {
  const atSchool = new Set(
    (h?.children ?? [])
      .filter(
        (c) => c.birthDate && fromDayNumber(dayEndOfSchoolYearOfAge(dayNumber(c.birthDate), 6) + 1) <= today,
      )
      .map((c) => c.id),
  );
  const main: JourneyItem[] = [];
  const older = new Map<string, OlderChildGroup>();
  for (const i of items) {
    if (i.guardian === undefined && i.child !== null && atSchool.has(i.child)) {
      let g = older.get(i.child);
      if (!g) older.set(i.child, (g = { child: i.child, name: childName(h, i.child), items: [] }));
      g.items.push(i);
    } else main.push(i);
  }
  return { main, older: [...older.values()] };
}
