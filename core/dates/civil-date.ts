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
const MS_PER_DAY = 86_400_000;

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

// The journey converts the same few thousand dates back and forth many times;
// both directions are memoised (a date string and its day number never change).
const dayNumbers = new Map<string, number>();
const dateStrings = new Map<number, CivilDate>();
const MEMO_LIMIT = 200_000;

/** Days since 1970-01-01 (a proleptic Gregorian day number). */
export function dayNumber(date: CivilDate): number {
  let n = dayNumbers.get(date);
  if (n === undefined) {
    const { year, month, day } = parts(date);
    n = Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
    if (dayNumbers.size < MEMO_LIMIT) dayNumbers.set(date, n);
  }
  return n;
}

export function fromDayNumber(n: number): CivilDate {
  let s = dateStrings.get(n);
  if (s === undefined) {
    const d = new Date(n * MS_PER_DAY);
    s = fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
    if (dateStrings.size < MEMO_LIMIT) dateStrings.set(n, s);
  }
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
  return fromDayNumber(Math.floor((epochMs + JST_OFFSET_MS) / MS_PER_DAY));
}
