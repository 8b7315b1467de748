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
import {
  dayFromParts,
  dayNumber,
  daysInMonth,
  fromDayNumber,
  parts,
  tableIndex,
  TABLE_SIZE,
  ymdOfDay,
  type CivilDate,
} from './civil-date';

const nationalHolidays: Readonly<Record<string, { name: string; name_en: string }>> = holidays;

export function nationalHolidayName(date: CivilDate): string | undefined {
  return nationalHolidays[date]?.name;
}

export function isYearEndClosure(date: CivilDate): boolean {
  const { month, day } = parts(date);
  return (month === 12 && day >= 29) || (month === 1 && day <= 3);
}

export function isMunicipalClosingDay(date: CivilDate): boolean {
  return isClosingDayNumber(dayNumber(date));
}

// Closing days by day number, worked out once per day (0 = not yet, 1 = open, 2 = closed):
// deadlines are rolled for every child of every journey.
const closing = new Uint8Array(TABLE_SIZE);

function closedUncached(n: number): boolean {
  const wd = (((n + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  if (wd === 0 || wd === 6) return true;
  const date = fromDayNumber(n);
  return nationalHolidayName(date) !== undefined || isYearEndClosure(date);
}

/** {@link isMunicipalClosingDay} on a day number. */
export function isClosingDayNumber(n: number): boolean {
  const i = tableIndex(n);
  if (i < 0) return closedUncached(n);
  let v = closing[i] as number;
  if (v === 0) closing[i] = v = closedUncached(n) ? 2 : 1;
  return v === 2;
}

/** 地方自治法4条の2④: a deadline on a closing day moves to the next open day (day numbers). */
export function rollForwardToOpenDayNumber(n: number): number {
  let d = n;
  while (isClosingDayNumber(d)) d += 1;
  return d;
}

/** The last open day of the month of day `n` (day numbers). */
export function lastOpenDayOfMonthNumber(n: number): number {
  const ymd = ymdOfDay(n);
  const year = Math.floor(ymd / 10_000);
  const month = Math.floor(ymd / 100) % 100;
  let d = dayFromParts(year, month, daysInMonth(year, month));
  while (isClosingDayNumber(d)) d -= 1;
  return d;
}

/** 地方自治法4条の2④: a deadline on a closing day moves to the next open day. */
export function rollForwardToOpenDay(date: CivilDate): CivilDate {
  return fromDayNumber(rollForwardToOpenDayNumber(dayNumber(date)));
}

/** The last day of the date's month on which the municipal office is open. */
export function lastOpenDayOfMonth(date: CivilDate): CivilDate {
  return fromDayNumber(lastOpenDayOfMonthNumber(dayNumber(date)));
}
