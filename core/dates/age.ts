/**
 * Ages by 年齢計算ニ関スル法律 and 民法143条: a person reaches age N at the end
 * of the day before the Nth birthday, so a 4/1 birthday reaches it on 3/31 and
 * joins the earlier school year (fact sheet §0, S28).
 */
import { addDays, fromDayNumber, parts, type CivilDate } from './civil-date';

/** The day on which the age is reached (the eve of the birthday; Feb 29 → Feb 28 in common years). */
export function dateAgeReached(birthDate: CivilDate, age: number): CivilDate {
  const { year, month, day } = parts(birthDate);
  // Date.UTC rolls Feb 29 of a common year to Mar 1; the eve is then Feb 28, as the law reads.
  const birthday = fromDayNumber(Math.round(Date.UTC(year + age, month - 1, day) / 86_400_000));
  return addDays(birthday, -1);
}

/** "N歳に達する日以後の最初の3月31日" (N歳年度末). */
export function endOfSchoolYearOfAge(birthDate: CivilDate, age: number): CivilDate {
  const reached = parts(dateAgeReached(birthDate, age));
  const year = reached.month <= 3 ? reached.year : reached.year + 1;
  return `${year}-03-31` as CivilDate;
}
