import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  civilDate,
  dayFromParts,
  dayMonthsLater,
  dayNumber,
  firstMarch31OnOrAfter,
  daysBetween,
  fromDayNumber,
  isCivilDate,
  japanDateOf,
  weekday,
  ymdOfDay,
} from './civil-date';
import {
  isMunicipalClosingDay,
  lastOpenDayOfMonth,
  nationalHolidayName,
  rollForwardToOpenDay,
} from './holidays';
import { formatWareki, formatWarekiWithWeekday, toWareki } from './wareki';
import { dateAgeReached, endOfSchoolYearOfAge } from './age';

const d = civilDate;

describe('civil dates', () => {
  it.each([
    ['2024-02-29', true],
    ['2023-02-29', false],
    ['2026-13-01', false],
    ['2026-04-31', false],
    ['2026-4-1', false],
    ['20261121', false],
  ])('isCivilDate(%s) = %s', (s, ok) => expect(isCivilDate(s)).toBe(ok));

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2024-02-29', 1, '2024-03-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-01', -1, '2026-02-28'],
    ['2026-11-12', 13, '2026-11-25'],
  ])('%s + %i days = %s', (from, n, to) => expect(addDays(d(from), n)).toBe(to));

  it('counts days across a leap day', () => expect(daysBetween(d('2024-02-01'), d('2024-03-01'))).toBe(29));
  it('knows weekdays', () => expect(weekday(d('2026-11-21'))).toBe(6));

  it.each([
    // 2026-11-21 14:59:59Z is 23:59:59 JST; one second later it is the 22nd in Japan
    [Date.UTC(2026, 10, 21, 14, 59, 59), '2026-11-21'],
    [Date.UTC(2026, 10, 21, 15, 0, 0), '2026-11-22'],
    [Date.UTC(2019, 3, 30, 15, 0, 0), '2019-05-01'],
  ])('japanDateOf(%i) = %s', (ms, date) => expect(japanDateOf(ms)).toBe(date));
});

describe('administrative closing days', () => {
  it.each([
    ['2026-09-21', true, '敬老の日'],
    ['2026-09-22', true, '国民の休日 (citizens’ holiday between two holidays)'],
    ['2026-09-23', true, '秋分の日'],
    ['2026-05-06', true, '振替休日'],
    ['2026-12-29', true, 'year-end closure'],
    ['2027-01-03', true, 'year-end closure'],
    ['2027-01-04', false, 'first open day'],
    ['2026-11-23', true, '勤労感謝の日'],
    ['2026-11-24', false, 'an ordinary Tuesday'],
    ['2026-11-21', true, 'Saturday'],
  ])('%s closed=%s (%s)', (date, closed) => expect(isMunicipalClosingDay(d(date))).toBe(closed));

  it('names national holidays from the dataset', () => {
    expect(nationalHolidayName(d('2026-09-22'))).toBe('休日');
    expect(nationalHolidayName(d('2026-11-24'))).toBeUndefined();
  });

  it('rolls forward and finds the last open day of a month', () => {
    expect(rollForwardToOpenDay(d('2026-12-29'))).toBe('2027-01-04');
    expect(lastOpenDayOfMonth(d('2017-12-01'))).toBe('2017-12-28');
    expect(lastOpenDayOfMonth(d('2026-05-10'))).toBe('2026-05-29');
  });
});

describe('和暦', () => {
  it.each([
    ['2019-04-30', '平成31年4月30日'],
    ['2019-05-01', '令和元年5月1日'],
    ['1989-01-07', '昭和64年1月7日'],
    ['1989-01-08', '平成元年1月8日'],
    ['2026-11-21', '令和8年11月21日'],
    ['1926-12-25', '昭和元年12月25日'],
    // 大正 from 1912-07-30 (大正元年), 明治45年 before it; the oldest date a household may hold.
    ['1926-12-24', '大正15年12月24日'],
    ['1912-07-30', '大正元年7月30日'],
    ['1912-07-29', '明治45年7月29日'],
    ['1900-01-01', '明治33年1月1日'],
  ])('%s → %s', (date, text) => expect(formatWareki(d(date))).toBe(text));

  it('writes the weekday in parentheses', () =>
    expect(formatWarekiWithWeekday(d('2026-11-21'))).toBe('令和8年11月21日（土）'));
  it('splits era and year for form boxes', () =>
    expect(toWareki(d('2027-01-04'))).toEqual({ era: '令和', year: 9, month: 1, day: 4 }));
});

describe('ages (年齢計算ニ関スル法律)', () => {
  it.each([
    ['2020-04-01', 18, '2038-03-31', 'a 4/1 birthday reaches the age on 3/31: earlier school year'],
    ['2020-04-02', 18, '2039-03-31', 'a 4/2 birthday is the first of the next year'],
    ['2020-02-29', 18, '2038-03-31', 'a leap-day birthday'],
    ['2025-12-31', 3, '2029-03-31', 'December birthday'],
    ['2026-01-01', 6, '2032-03-31', 'New Year birthday'],
  ])('born %s, %i歳年度末 = %s (%s)', (birth, age, end) =>
    expect(endOfSchoolYearOfAge(d(birth), age)).toBe(end),
  );

  it('reaches an age on the eve of the birthday', () => {
    expect(dateAgeReached(d('2020-04-01'), 6)).toBe('2026-03-31');
    expect(dateAgeReached(d('2020-02-29'), 1)).toBe('2021-02-28');
    expect(dateAgeReached(d('2020-03-01'), 1)).toBe('2021-02-28');
  });
});

describe('day numbers (integer calendar arithmetic)', () => {
  // The arithmetic is checked against the platform's proleptic Gregorian Date.UTC over 1600–2400.
  const asUtc = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);

  it('round-trips and agrees with Date.UTC on every day of 1600–2400 sampled', () =>
    fc.assert(
      fc.property(fc.integer({ min: -135_140, max: 157_000 }), (n) => {
        const iso = fromDayNumber(n);
        expect(iso).toBe(asUtc(n));
        expect(dayNumber(iso)).toBe(n);
        expect(ymdOfDay(n)).toBe(Number(iso.replaceAll('-', '')));
      }),
      { numRuns: 5_000 },
    ));

  it.each([
    ['1970-01-01', 0],
    ['1900-01-01', -25_567],
    ['2000-02-29', 11_016],
    ['2199-12-31', 84_005],
    ['1899-12-31', -25_568],
    ['2200-01-01', 84_006],
  ])('dayNumber(%s) = %i', (date, n) => {
    expect(dayNumber(d(date))).toBe(n);
    expect(fromDayNumber(n)).toBe(date);
  });

  // Reference: the same rules written with Date.UTC (slow, obviously right).
  function reference(n: number, months: number, overflow: 'clamp' | 'run-on' | 'eve'): number {
    const d = new Date(n * 86_400_000);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + months, d.getUTCDate()];
    const length = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
    const at = (dd: number) => Math.round(Date.UTC(y, m, dd) / 86_400_000);
    if (day <= length) return overflow === 'eve' ? at(day) - 1 : at(day);
    return overflow === 'run-on' ? at(day) : at(length);
  }

  it('moves by calendar months like the Date.UTC reference, in and beyond 1900–2199', () =>
    fc.assert(
      fc.property(
        fc.integer({ min: -135_140, max: 157_000 }),
        fc.integer({ min: 0, max: 400 }),
        fc.constantFrom('clamp' as const, 'run-on' as const, 'eve' as const),
        (n, months, overflow) => {
          expect(dayMonthsLater(n, months, overflow)).toBe(reference(n, months, overflow));
        },
      ),
      { numRuns: 5_000 },
    ));

  it('finds the first March 31 on or after a day like the reference', () =>
    fc.assert(
      fc.property(fc.integer({ min: -135_140, max: 157_000 }), (n) => {
        const d = new Date(n * 86_400_000);
        const year = d.getUTCMonth() <= 2 ? d.getUTCFullYear() : d.getUTCFullYear() + 1;
        expect(firstMarch31OnOrAfter(n)).toBe(Math.round(Date.UTC(year, 2, 31) / 86_400_000));
      }),
      { numRuns: 5_000 },
    ));

  it.each([
    ['2024-01-31', 1, 'clamp', '2024-02-29'],
    ['2024-01-31', 1, 'run-on', '2024-03-02'],
    ['2024-01-31', 1, 'eve', '2024-02-29'],
    ['2024-03-15', 2, 'eve', '2024-05-14'],
    ['2199-11-30', 1, 'clamp', '2199-12-30'],
    ['2199-12-31', 2, 'clamp', '2200-02-28'],
  ] as const)('%s + %i months (%s) = %s', (from, months, overflow, to) =>
    expect(fromDayNumber(dayMonthsLater(dayNumber(d(from)), months, overflow))).toBe(to),
  );

  it('lets a day past the month end run on, as the age law reading needs (Feb 29 → Mar 1)', () =>
    expect(fromDayNumber(dayFromParts(2021, 2, 29))).toBe('2021-03-01'));
});
