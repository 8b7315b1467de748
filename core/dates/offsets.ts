/** Calendar offsets used by the catalog's date rules, on day numbers (with string wrappers). */
import { dayMonthsLater, dayNumber, fromDayNumber, type CivilDate } from './civil-date';

/** Same day-of-month `months` later, clamped to the month's last day (day numbers). */
export function addCalendarMonthsToDay(n: number, months: number): number {
  return months === 0 ? n : dayMonthsLater(n, months, 'clamp');
}

/**
 * The day "生後N月" is reached (fact sheet §0, MHLW Q&A S27): the eve of the
 * same date N months later, or that month's last day when the date does not
 * exist (born 7/31 → 2 months on 9/30). Day numbers.
 */
export function dayMonthsReached(birth: number, months: number): number {
  return dayMonthsLater(birth, months, 'eve');
}

/** Same day-of-month `months` later, clamped to the month's last day. */
export function addCalendarMonths(date: CivilDate, months: number): CivilDate {
  return fromDayNumber(addCalendarMonthsToDay(dayNumber(date), months));
}

/** {@link dayMonthsReached} on civil dates. */
export function dateMonthsReached(birthDate: CivilDate, months: number): CivilDate {
  return fromDayNumber(dayMonthsReached(dayNumber(birthDate), months));
}

/**
 * The last day of a period of `months` months that starts the day after day `n` (民法140条: the first
 * day is not counted; 143条: the period ends on the eve of the corresponding day, or on the month's last
 * day when there is none). E.g. a right that arises on 2026-03-07 and lapses in 2 years (時効, 健康保険法
 * 193条) can be claimed through 2028-03-07; one of 2028-02-28 through 2030-02-28.
 */
export function dayPeriodAfterEnds(n: number, months: number): number {
  return dayMonthsLater(n + 1, months, 'eve');
}
