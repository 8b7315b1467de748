/**
 * 和暦 (Japanese era) for forms and display.
 *
 * A table rather than Intl's japanese calendar: the boundaries are fixed by law
 * (fact sheet §12, S39), the form needs 元年 and separate era/year/month/day
 * boxes, and ICU versions differ in how they print year 1.
 */
import {
  dayNumber,
  fromDayNumber,
  parts,
  tableIndex,
  TABLE_SIZE,
  weekday,
  type CivilDate,
} from './civil-date';

interface Era {
  name: string;
  start: string; // first day of the era
}

const ERAS: readonly Era[] = [
  { name: '令和', start: '2019-05-01' },
  { name: '平成', start: '1989-01-08' },
  { name: '昭和', start: '1926-12-25' },
  { name: '大正', start: '1912-07-30' },
  // 明治 (1868-10-23, retroactive to its lunar new year); Gregorian dates exist only from 明治6年1月1日.
  { name: '明治', start: '1868-10-23' },
];

export interface Wareki {
  era: string;
  year: number;
  month: number;
  day: number;
}

export function toWareki(date: CivilDate): Wareki {
  const era = ERAS.find((e) => date >= e.start);
  if (!era || date < '1873-01-01') throw new RangeError(`date before 明治6年 is not supported: ${date}`);
  const { year, month, day } = parts(date);
  return { era: era.name, year: year - Number(era.start.slice(0, 4)) + 1, month, day };
}

export function eraYearLabel(w: Wareki): string {
  return `${w.era}${w.year === 1 ? '元' : String(w.year)}年`;
}

const WEEKDAYS_JA = ['日', '月', '火', '水', '木', '金', '土'] as const;

// Labels by day number (1900–2199), made once per day: every fact of every journey item prints dates.
const labels: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE).fill(undefined);

/** 令和8年11月21日 for a day number. */
export function formatWarekiDay(n: number): string {
  const i = tableIndex(n);
  let text = i < 0 ? undefined : labels[i];
  if (text === undefined) {
    const w = toWareki(fromDayNumber(n));
    text = `${eraYearLabel(w)}${w.month}月${w.day}日`;
    if (i >= 0) labels[i] = text;
  }
  return text;
}

/** 令和8年11月21日 */
export function formatWareki(date: CivilDate): string {
  return formatWarekiDay(dayNumber(date));
}

/** 令和8年11月21日（土） — the display form the UX page asks for. */
export function formatWarekiWithWeekday(date: CivilDate): string {
  return `${formatWareki(date)}（${WEEKDAYS_JA[weekday(date)]}）`;
}
