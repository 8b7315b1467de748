/**
 * Administrative closing days of Japanese municipalities (地方公共団体の休日).
 *
 * 地方自治法4条の2: Saturdays, Sundays, national holidays under 祝日法 (including
 * substitute and citizens' holidays) and the year-end days set by 条例
 * (12/29–1/3 in practice, fact sheet S7) are closing days; a statutory filing
 * deadline that falls on one moves to the next open day (4条の2④).
 *
 * National holidays come from @holiday-jp/holiday_jp, a maintained dataset
 * generated from 内閣府 syukujitsu.csv (1970–2050), not a hand-kept list.
 */
import holidays from '@holiday-jp/holiday_jp/lib/holidays.js';
import { addDays, daysInMonth, fromParts, parts, weekday, type CivilDate } from './civil-date';

const nationalHolidays: Readonly<Record<string, { name: string; name_en: string }>> = holidays;

export function nationalHolidayName(date: CivilDate): string | undefined {
  return nationalHolidays[date]?.name;
}

export function isYearEndClosure(date: CivilDate): boolean {
  const { month, day } = parts(date);
  return (month === 12 && day >= 29) || (month === 1 && day <= 3);
}

export function isMunicipalClosingDay(date: CivilDate): boolean {
  const wd = weekday(date);
  return wd === 0 || wd === 6 || nationalHolidayName(date) !== undefined || isYearEndClosure(date);
}

/** 地方自治法4条の2④: a deadline on a closing day moves to the next open day. */
export function rollForwardToOpenDay(date: CivilDate): CivilDate {
  let d = date;
  while (isMunicipalClosingDay(d)) d = addDays(d, 1);
  return d;
}

/** The last day of the date's month on which the municipal office is open. */
export function lastOpenDayOfMonth(date: CivilDate): CivilDate {
  const { year, month } = parts(date);
  let d = fromParts(year, month, daysInMonth(year, month));
  while (isMunicipalClosingDay(d)) d = addDays(d, -1);
  return d;
}
