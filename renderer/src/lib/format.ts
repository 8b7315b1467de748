/**
 * Dates, days left and money in the current language. Japanese: 和暦 with the
 * weekday (令和8年11月21日（土）); English: "Sat 21 Nov 2026 (Reiwa 8)".
 */
import { daysBetween, parts, weekday, type CivilDate } from '../../../core/dates/civil-date';
import { formatWarekiWithWeekday, toWareki } from '../../../core/dates/wareki';
import type { ItemStatus, JourneyItem } from '../../../core/journey/journey';
import { locale, t, type Locale } from './i18n';

const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ERA_EN: Record<string, string> = {
  令和: 'Reiwa',
  平成: 'Heisei',
  昭和: 'Showa',
  大正: 'Taisho',
  明治: 'Meiji',
};

export function dateText(date: string | null, lang: Locale = locale.current): string {
  if (!date) return t('date.none', undefined, lang);
  const d = date as CivilDate;
  if (lang === 'ja') return formatWarekiWithWeekday(d);
  const { year, month, day } = parts(d);
  let era = '';
  try {
    const w = toWareki(d);
    era = ` (${ERA_EN[w.era] ?? w.era} ${w.year})`;
  } catch {
    // outside the eras the app knows: the Gregorian date alone
  }
  return `${WEEKDAYS_EN[weekday(d)]} ${day} ${MONTHS_EN[month - 1]} ${year}${era}`;
}

/** Year and month (`2026-12`) → 令和8年12月 / Dec 2026. */
export function monthText(month: string, lang: Locale = locale.current): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (lang === 'en') return `${MONTHS_EN[m - 1]} ${y}`;
  const label = formatWarekiWithWeekday(`${month}-01` as CivilDate);
  return label.slice(0, label.indexOf('月') + 1);
}

/** Kept for screens written before i18n: the date in the current language. */
export const dateJa = (date: string | null): string => dateText(date);

export function daysLeftText(today: CivilDate, due: string | null): string {
  if (!due) return '';
  const n = daysBetween(today, due as CivilDate);
  if (n === 1) return t('days.left.one');
  if (n > 0) return t('days.left', { n });
  if (n === 0) return t('days.today');
  if (n === -1) return t('days.over.one');
  return t('days.over', { n: -n });
}
export const daysLeftJa = daysLeftText;

export const statusText = (s: ItemStatus): string => t(`status.${s}`);
export const filedAtText = (f: JourneyItem['filedAt']): string => t(`filedAt.${f}`);
export const groupText = (g: JourneyItem['group']): string => t(`group.${g}`);

export function yen(n: number, lang: Locale = locale.current): string {
  return t('money.yen', { amount: n.toLocaleString('ja-JP') }, lang);
}

export function amountText(a: NonNullable<JourneyItem['amount']>): string {
  const v = yen(a.yen);
  if (a.per === 'month') return t('money.perMonth', { amount: v });
  if (a.per === 'fetus') return t('money.perFetus', { amount: v });
  if (a.per === 'day') return t('money.perDay', { amount: v });
  return v;
}

/** An item's title in the current language. */
export const titleText = (item: { title: { ja: string; en: string } }): string =>
  locale.current === 'en' ? item.title.en : item.title.ja;
