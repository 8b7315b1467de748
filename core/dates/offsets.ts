/** Calendar offsets used by the catalog's date rules, on day numbers (with string wrappers). */
import { dayFromParts, dayNumber, daysInMonth, fromDayNumber, ymdOfDay, type CivilDate } from './civil-date';

/** Same day-of-month `months` later, clamped to the month's last day (day numbers). */
export function addCalendarMonthsToDay(n: number, months: number): number {
  if (months === 0) return n;
  const ymd = ymdOfDay(n);
  const day = ymd % 100;
  const total = Math.floor(ymd / 10_000) * 12 + (Math.floor(ymd / 100) % 100) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  return dayFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * The day "生後N月" is reached (fact sheet §0, MHLW Q&A S27): the eve of the
 * same date N months later, or that month's last day when the date does not
 * exist (born 7/31 → 2 months on 9/30). Day numbers.
 */
export function dayMonthsReached(birth: number, months: number): number {
  const ymd = ymdOfDay(birth);
  const day = ymd % 100;
  const total = Math.floor(ymd / 10_000) * 12 + (Math.floor(ymd / 100) % 100) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const last = daysInMonth(y, m);
  return day <= last ? dayFromParts(y, m, day) - 1 : dayFromParts(y, m, last);
}

/** Same day-of-month `months` later, clamped to the month's last day. */
export function addCalendarMonths(date: CivilDate, months: number): CivilDate {
  return fromDayNumber(addCalendarMonthsToDay(dayNumber(date), months));
}

/** {@link dayMonthsReached} on civil dates. */
export function dateMonthsReached(birthDate: CivilDate, months: number): CivilDate {
  return fromDayNumber(dayMonthsReached(dayNumber(birthDate), months));
}
