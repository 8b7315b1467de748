/**
 * 「赤ちゃんは生まれましたか？」 (issue 20): past a due date, Home asks once a
 * day, until the birth is recorded. "Past" is from the day after the
 * 出産予定日 (a birth on the due date is the common case and the parent records
 * it themselves); "once a day": 「まだです」 hides the question until the next
 * civil day in Japan, kept in the profile's settings.
 */
import { compare, type CivilDate } from '../../../core/dates/civil-date';
import type { Household } from '../../../core/household/schema';

/** The unborn children whose due date has passed on `today`. */
export function pastDueUnborn(h: Household | null, today: CivilDate): Household['children'] {
  if (!h) return [];
  return h.children.filter(
    (c) => !c.birthDate && !!c.expectedBirthDate && compare(c.expectedBirthDate as CivilDate, today) < 0,
  );
}

/** Whether Home asks today: someone is past due and the question was not put aside today. */
export function asksToday(h: Household | null, today: CivilDate, dismissedOn: string | null): boolean {
  return pastDueUnborn(h, today).length > 0 && dismissedOn !== today;
}
