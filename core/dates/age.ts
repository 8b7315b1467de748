/**
 * Ages by 年齢計算ニ関スル法律 and 民法143条: a person reaches age N at the end
 * of the day before the Nth birthday, so a 4/1 birthday reaches it on 3/31 and
 * joins the earlier school year (fact sheet §0, S28).
 */
import {
  dayMonthsLater,
  dayNumber,
  firstMarch31OnOrAfter,
  fromDayNumber,
  type CivilDate,
} from './civil-date';

/** The day number on which the age is reached (the eve of the birthday; Feb 29 → Feb 28 in common years). */
export function dayAgeReached(birth: number, age: number): number {
  // Feb 29 of a common year runs on to Mar 1; the eve is then Feb 28, as the law reads.
  return dayMonthsLater(birth, 12 * age, 'run-on') - 1;
}

/** "N歳に達する日以後の最初の3月31日" (N歳年度末), as a day number. */
export function dayEndOfSchoolYearOfAge(birth: number, age: number): number {
  return firstMarch31OnOrAfter(dayAgeReached(birth, age));
}

/** The day on which the age is reached (the eve of the birthday; Feb 29 → Feb 28 in common years). */
export function dateAgeReached(birthDate: CivilDate, age: number): CivilDate {
  return fromDayNumber(dayAgeReached(dayNumber(birthDate), age));
}

/** "N歳に達する日以後の最初の3月31日" (N歳年度末). */
export function endOfSchoolYearOfAge(birthDate: CivilDate, age: number): CivilDate {
  return fromDayNumber(dayEndOfSchoolYearOfAge(dayNumber(birthDate), age));
}
