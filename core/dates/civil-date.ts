/**
 * Civil dates in Japan, as ISO strings `YYYY-MM-DD`.
 *
 * Why not a date library: every rule here works on calendar days, never on
 * instants. date-fns and friends operate on `Date` in the machine's zone,
 * which is exactly the trap (verified-pitfalls: a UTC machine prints
 * 平成31年4月30日 for 2019-05-01 JST). Temporal is not in Node 20. The only
 * arithmetic needed is day numbers, which `Date.UTC` gives independent of TZ.
 */
export type CivilDate = string & { readonly __civilDate: unique symbol };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isCivilDate(value: string): value is CivilDate {
  const m = ISO.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function civilDate(value: string): CivilDate {
  if (!isCivilDate(value)) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${value}`);
  return value;
}

export function parts(date: CivilDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

export function fromParts(year: number, month: number, day: number): CivilDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` as CivilDate;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] as number);
}

// Day numbers are plain integer arithmetic (the proleptic Gregorian calendar's
// days-from-civil and civil-from-days; H. Hinnant, "chrono-Compatible Low-Level
// Date Algorithms"), no Date object, no allocation. For 1900–2199, where every
// real household lives, two tables made once at load (≈230 KB) turn both
// directions into array lookups: the first day of each month, and each day's
// month. The journey engine works in day numbers and converts to strings only
// for its output, so those strings are kept by day number too.

const TABLE_FIRST_YEAR = 1900;
const TABLE_YEARS = 300;
const TABLE_FIRST = -25_567; // 1900-01-01
/** Days in the tables (1900-01-01 through 2199-12-31), for modules that keep something per day. */
export const TABLE_SIZE = 109_573;

/** A day's place in the 1900–2199 tables, or -1 outside them. */
export function tableIndex(n: number): number {
  const i = n - TABLE_FIRST;
  return i >= 0 && i < TABLE_SIZE ? i : -1;
}
const dateStrings: (CivilDate | undefined)[] = new Array<CivilDate | undefined>(TABLE_SIZE).fill(undefined);

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  return era * 146_097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719_468;
}

function civilFromDays(n: number): number {
  const z = n + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 10_000 + month * 100 + day;
}

/** Day number of the 1st of month `i` (months counted from 1900-01), and one past the last. */
const monthStarts = new Int32Array(TABLE_YEARS * 12 + 1);
/** For each day of the table, its month counted from 1900-01. */
const monthOfDay = new Uint16Array(TABLE_SIZE);
for (let i = 0; i <= TABLE_YEARS * 12; i++)
  monthStarts[i] = daysFromCivil(TABLE_FIRST_YEAR + Math.floor(i / 12), (i % 12) + 1, 1);
for (let i = 0; i < TABLE_YEARS * 12; i++)
  monthOfDay.fill(i, (monthStarts[i] as number) - TABLE_FIRST, (monthStarts[i + 1] as number) - TABLE_FIRST);

/** The day number of a calendar date (month 1–12; a day past the month's end runs on, as Date.UTC does). */
export function dayFromParts(year: number, month: number, day: number): number {
  const y = year - TABLE_FIRST_YEAR;
  if (y >= 0 && y < TABLE_YEARS && month >= 1 && month <= 12)
    return (monthStarts[y * 12 + month - 1] as number) + day - 1;
  return daysFromCivil(year, month, day);
}

/** The calendar date of a day number as the integer YYYYMMDD (20261121). */
export function ymdOfDay(n: number): number {
  const i = n - TABLE_FIRST;
  if (i < 0 || i >= TABLE_SIZE) return civilFromDays(n);
  const m = monthOfDay[i] as number;
  const y = (m / 12) | 0;
  return (TABLE_FIRST_YEAR + y) * 10_000 + (m - y * 12 + 1) * 100 + n - (monthStarts[m] as number) + 1;
}

/**
 * The day with the same day-of-month `months` calendar months after day `n`.
 * When that month is too short: `clamp` gives its last day; `run-on` runs on
 * into the next month (Feb 29 → Mar 1, as Date.UTC and the age law's reading);
 * `eve` gives the day before the same date, or the last day when it does not
 * exist ("生後N月" is reached then, fact sheet §0).
 */
export function dayMonthsLater(n: number, months: number, overflow: 'clamp' | 'run-on' | 'eve'): number {
  const i = n - TABLE_FIRST;
  const from = i >= 0 && i < TABLE_SIZE ? (monthOfDay[i] as number) : -1;
  const to = from + months;
  if (from < 0 || to < 0 || to >= TABLE_YEARS * 12) return monthsLaterByFormula(n, months, overflow);
  const start = monthStarts[to] as number;
  const length = (monthStarts[to + 1] as number) - start;
  const day = n - (monthStarts[from] as number) + 1;
  if (day <= length) return overflow === 'eve' ? start + day - 2 : start + day - 1;
  return overflow === 'run-on' ? start + day - 1 : start + length - 1;
}

function monthsLaterByFormula(n: number, months: number, overflow: 'clamp' | 'run-on' | 'eve'): number {
  const ymd = civilFromDays(n);
  const day = ymd % 100;
  const total = Math.floor(ymd / 10_000) * 12 + (Math.floor(ymd / 100) % 100) - 1 + months;
  const y = Math.floor(total / 12);
  const m = total - y * 12 + 1;
  const length = daysInMonth(y, m);
  if (day <= length) return daysFromCivil(y, m, day) - (overflow === 'eve' ? 1 : 0);
  return overflow === 'run-on' ? daysFromCivil(y, m, day) : daysFromCivil(y, m, length);
}

/** The first March 31 on or after day `n` (the end of the school and fiscal year). */
export function firstMarch31OnOrAfter(n: number): number {
  const i = n - TABLE_FIRST;
  if (i >= 0 && i < TABLE_SIZE) {
    const m = monthOfDay[i] as number;
    const january = m - (m % 12);
    const april = m % 12 <= 2 ? january + 3 : january + 15;
    if (april <= TABLE_YEARS * 12) return (monthStarts[april] as number) - 1;
  }
  const ymd = civilFromDays(n);
  const year = Math.floor(ymd / 10_000);
  return daysFromCivil(Math.floor(ymd / 100) % 100 <= 3 ? year : year + 1, 3, 31);
}

/** Days since 1970-01-01 (a proleptic Gregorian day number). */
export function dayNumber(date: CivilDate): number {
  return dayFromParts(
    date.charCodeAt(0) * 1000 +
      date.charCodeAt(1) * 100 +
      date.charCodeAt(2) * 10 +
      date.charCodeAt(3) -
      53_328,
    date.charCodeAt(5) * 10 + date.charCodeAt(6) - 528,
    date.charCodeAt(8) * 10 + date.charCodeAt(9) - 528,
  );
}

export function fromDayNumber(n: number): CivilDate {
  const i = n - TABLE_FIRST;
  const cached = i >= 0 && i < TABLE_SIZE ? dateStrings[i] : undefined;
  if (cached !== undefined) return cached;
  const ymd = ymdOfDay(n);
  const s = fromParts(Math.floor(ymd / 10_000), Math.floor(ymd / 100) % 100, ymd % 100);
  if (i >= 0 && i < TABLE_SIZE) dateStrings[i] = s;
  return s;
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromDayNumber(dayNumber(date) + days);
}

export function daysBetween(from: CivilDate, to: CivilDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CivilDate): number {
  return (((dayNumber(date) + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

export function compare(a: CivilDate, b: CivilDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Today's civil date in Japan for an instant (the clock is passed in, never read here). */
export function japanDateOf(epochMs: number): CivilDate {
  const JST_OFFSET_MS = 9 * 3_600_000; // Japan has no daylight saving time
  return fromDayNumber(Math.floor((epochMs + JST_OFFSET_MS) / 86_400_000));
}
