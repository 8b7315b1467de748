/**
 * HPV (子宮頸がん予防) courses and the catch-up in force on the date asked (定期接種実施要領; 9価 シルガード9, the
 * vaccine most used since its routine start on 2023-04-01; the item's rule names the product assumed):
 * - a first dose given before the girl reaches 15 (on or before the day she reaches it, the reading of the other
 *   routine windows): 2 doses, the second 5 months or more after the first; no third dose;
 * - otherwise (or before a first dose, by today's age): 3 doses, the second 1 month or more after the first, the
 *   third 3 months or more after the second (the catalog's intervals).
 * Catch-up (厚生労働省, 2025-03 decision): a girl born 2008-04-02 … 2009-04-01, whose routine window closed on
 * 2025-03-31, who had a first dose by then, may finish the course until 2026-03-31. (The キャッチアップ接種 for
 * those born 1997-04-02 … 2008-04-01 concerns adults past this journey's horizon.)
 */
import { dayNumber } from '../../dates/civil-date';
import { dayMonthsReached } from '../../dates/offsets';
import type { JourneyText } from '../text';
import type { PcvCourse as Course, PcvDose as Dose } from './pcv';

const GIVEN: Dose = { skip: null };
const day = (s: string) => dayNumber(s as never);
const EXTENDED_BORN_FROM = day('2008-04-02');
const EXTENDED_BORN_TO = day('2009-04-01');
const FIRST_DOSE_BY = day('2025-03-31');
const EXTENDED_TO = day('2026-03-31');

/** The four courses there are, made once per language (the engine asks for one on every girl's journey). */
const courses = new Map<string, Course>();

export function hpvCourse(
  birth: number,
  d1: number | null,
  _d2: number | null,
  _d3: number | null,
  onDay: number,
  t: JourneyText,
): Course {
  const reaches15 = dayMonthsReached(birth, 180);
  const twoDoses = (d1 ?? onDay) <= reaches15;
  const extended =
    birth >= EXTENDED_BORN_FROM && birth <= EXTENDED_BORN_TO && d1 !== null && d1 <= FIRST_DOSE_BY;
  const key = `${t.lang}|${twoDoses}|${extended}`;
  let course = courses.get(key);
  if (!course) courses.set(key, (course = makeCourse(twoDoses, extended, t)));
  return course;
}

function makeCourse(twoDoses: boolean, extended: boolean, t: JourneyText): Course {
  const later: Dose = extended ? { skip: null, closes: EXTENDED_TO } : GIVEN;
  if (twoDoses)
    return {
      reason: extended ? `${t.hpvTwoDoses}. ${t.hpvExtended}` : t.hpvTwoDoses,
      fourDoses: t.hpvThreeDosesWhen,
      doses: [GIVEN, GIVEN, { ...later, after: { dose: 1, months: 5, days: 0 } }, { skip: t.hpvNoThird }],
    };
  return {
    reason: extended ? `${t.hpvThreeDoses}. ${t.hpvExtended}` : t.hpvThreeDoses,
    fourDoses: t.hpvThreeDosesWhen,
    doses: [GIVEN, GIVEN, later, later],
  };
}
