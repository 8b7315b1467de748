/**
 * Dates in English for the English journey texts: "21 Nov 2026" (day month year, unambiguous for
 * readers of both American and British English; the 和暦 is the Japanese texts' business).
 */
import { fromDayNumber, parts, tableIndex, TABLE_SIZE } from './civil-date';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

// Made once per day, like the 和暦 labels: every fact of every item prints dates.
const labels: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE).fill(undefined);

/** "21 Nov 2026" for a day number. */
export function formatEnglishDay(n: number): string {
  const i = tableIndex(n);
  let text = i < 0 ? undefined : labels[i];
  if (text === undefined) {
    const { year, month, day } = parts(fromDayNumber(n));
    text = `${day} ${MONTHS[month - 1]} ${year}`;
    if (i >= 0) labels[i] = text;
  }
  return text;
}

/** "Nov" for a month 1–12. */
export function englishMonthName(month: number): string {
  return MONTHS[month - 1] ?? '';
}

/** "Nov 2026" for a year and month. */
export function formatEnglishMonth(year: number, month: number): string {
  return `${MONTHS[month - 1]} ${year}`;
}
