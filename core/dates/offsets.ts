/** Calendar offsets used by the catalog's date rules. */
import { addDays, daysInMonth, fromParts, parts, type CivilDate } from './civil-date';

/** Same day-of-month `months` later, clamped to the month's last day. */
export function addCalendarMonths(date: CivilDate, months: number): CivilDate {
  const { year, month, day } = parts(date);
  const total = year * 12 + (month - 1) + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return fromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The day "生後N月" is reached (fact sheet §0, MHLW Q&A S27): the eve of the
 * same date N months later, or that month's last day when the date does not
 * exist (born 7/31 → 2 months on 9/30).
 */
export function dateMonthsReached(birthDate: CivilDate, months: number): CivilDate {
  const { day } = parts(birthDate);
  const target = addCalendarMonths(birthDate, months);
  return parts(target).day === day ? addDays(target, -1) : target;
}
