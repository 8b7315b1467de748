/**
 * The journey as an iCalendar file (RFC 5545), built with ical-generator
 * (maintained; no imports of its own, so it is as pure as core needs).
 *
 * - Each open or coming item gives at most two all-day events: its window
 *   (opens → closes, DTEND exclusive) and its deadline (the due day), the
 *   deadline with display alarms 7 and 1 days before.
 * - UIDs are built from what the event is about — item, child, guardian and
 *   the event's role — never from dates or the export time, so importing a
 *   later export updates the same events instead of adding copies; SEQUENCE
 *   grows with the export date so a calendar takes the newer version.
 * - DTSTAMP is the export date (midnight UTC), so the same journey on the
 *   same date always gives the same bytes.
 * - Descriptions carry the dates in 和暦 with the weekday (in English:
 *   "Wed 25 Nov 2026 (Reiwa 8)"), where to file, what to bring, the legal
 *   basis and its source, in the journey's language: export a journey
 *   computed with the same `lang` (computeJourney(.., { lang })) so its
 *   documents and legal basis are in that language too.
 */
import ical, { ICalAlarmType, ICalCalendarMethod } from 'ical-generator';
import { dayNumber, parts, addDays, type CivilDate } from '../dates/civil-date';
import { formatWarekiWithWeekday, toWareki } from '../dates/wareki';
import type { Journey, JourneyItem } from '../journey/journey';

export type IcsLang = 'ja' | 'en';

export interface IcsOptions {
  /** Only this child's items (and none of the household-wide ones); omitted: the whole household. */
  child?: string;
  lang?: IcsLang;
  /** Calendar name (X-WR-CALNAME). */
  name?: string;
  /** Days before a deadline for the alarms. */
  alarmDays?: readonly number[];
}

const UID_DOMAIN = 'kosodate-nonstop.app';
const SEQUENCE_EPOCH = dayNumber('2020-01-01' as CivilDate);

const FILED_AT: Record<IcsLang, Record<JourneyItem['filedAt'], string>> = {
  ja: {
    municipality: 'お住まいの市区町村',
    employer: '勤務先',
    insurer: '健康保険（保険者）',
    'health-centre': '保健センター',
    'medical-institution': '医療機関',
    'school-board': '教育委員会',
    provider: 'サービス提供会社',
  },
  en: {
    municipality: 'Your city or ward office',
    employer: 'Your employer',
    insurer: 'Your health insurer',
    'health-centre': 'Public health centre',
    'medical-institution': 'Clinic or hospital',
    'school-board': 'Board of education',
    provider: 'Service provider',
  },
};

const WORDS = {
  ja: {
    window: '受付期間',
    deadline: '期限',
    opens: '開始',
    closes: '終了',
    due: '期限',
    where: '提出先',
    bring: '持ち物',
    basis: '根拠',
    source: '出典',
    calendar: '子育てノンストップ',
    alarm: (title: string, n: number) => `${title}の期限まであと${n}日`,
    date: (d: CivilDate) => `${formatWarekiWithWeekday(d)}（${d}）`,
    tagged: (title: string, word: string) => `${title}（${word}）`,
    list: '、',
  },
  en: {
    window: 'window',
    deadline: 'deadline',
    opens: 'Opens',
    closes: 'Closes',
    due: 'Deadline',
    where: 'Where to file',
    bring: 'What to bring',
    basis: 'Legal basis',
    source: 'Source',
    calendar: 'Kosodate Nonstop',
    alarm: (title: string, n: number) => `${n} day${n === 1 ? '' : 's'} left for ${title}`,
    date: englishDate,
    tagged: (title: string, word: string) => `${title} (${word})`,
    list: '; ',
  },
} as const;

const ERA_EN: Record<string, string> = {
  令和: 'Reiwa',
  平成: 'Heisei',
  昭和: 'Showa',
  大正: 'Taisho',
  明治: 'Meiji',
};
const WEEKDAYS_EN = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const MONTHS_EN = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

/** "Wed 25 Nov 2026 (Reiwa 8)": the 和暦 year in English, as the app's English screens show it. */
function englishDate(d: CivilDate): string {
  const { year, month, day } = parts(d);
  const w = toWareki(d);
  const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return `${WEEKDAYS_EN[weekday]} ${day} ${MONTHS_EN[month - 1]} ${year} (${ERA_EN[w.era] ?? w.era} ${w.year})`;
}

/** A civil date as the UTC midnight ical-generator writes as VALUE=DATE (the same in every time zone). */
function utcMidnight(d: CivilDate): Date {
  const p = parts(d);
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}

/** UID-safe key of an item: letters, digits and hyphens only. */
export function itemUid(
  i: Pick<JourneyItem, 'id' | 'child' | 'guardian'>,
  role: 'window' | 'deadline',
): string {
  const safe = (s: string) => s.replace(/[^a-z0-9-]/gi, '-');
  return `${safe(i.id)}.${safe(i.child ?? 'household')}.${safe(i.guardian ?? 'all')}.${role}@${UID_DOMAIN}`;
}

function description(i: JourneyItem, lang: IcsLang): string {
  const w = WORDS[lang];
  const lines: string[] = [];
  if (i.opens) lines.push(`${w.opens}: ${w.date(i.opens)}`);
  if (i.due) lines.push(`${w.due}: ${w.date(i.due)}`);
  if (i.closes) lines.push(`${w.closes}: ${w.date(i.closes)}`);
  lines.push(`${w.where}: ${FILED_AT[lang][i.filedAt]}`);
  if (i.documents.length > 0) lines.push(`${w.bring}: ${i.documents.join(w.list)}`);
  lines.push(`${w.basis}: ${i.why.legalBasis}`);
  if (i.why.source) lines.push(`${w.source}: ${i.why.source}`);
  return lines.join('\n');
}

/** Items that belong in a calendar: not done, not ended, not inapplicable, with at least one date. */
function calendarItems(j: Journey, child: string | undefined): JourneyItem[] {
  return j.items.filter(
    (i) =>
      (i.status === 'due' || i.status === 'upcoming' || i.status === 'overdue') &&
      (child === undefined || i.child === child) &&
      (i.opens !== null || i.due !== null),
  );
}

export function journeyToIcs(j: Journey, options: IcsOptions = {}): string {
  const lang = options.lang ?? 'ja';
  const w = WORDS[lang];
  const alarmDays = options.alarmDays ?? [7, 1];
  const stamp = utcMidnight(j.on);
  const sequence = Math.max(0, dayNumber(j.on) - SEQUENCE_EPOCH);
  const cal = ical({
    name: options.name ?? w.calendar,
    prodId: { company: 'kosodate-nonstop', product: 'journey', language: lang.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const i of calendarItems(j, options.child)) {
    const title = lang === 'en' ? i.title.en : i.title.ja;
    const desc = description(i, lang);
    const url = i.why.source && /^https:\/\//.test(i.why.source) ? i.why.source : null;
    const end = i.closes ?? i.due;
    if (i.opens && end && end > i.opens)
      cal.createEvent({
        id: itemUid(i, 'window'),
        start: utcMidnight(i.opens),
        end: utcMidnight(addDays(end, 1)),
        allDay: true,
        summary: w.tagged(title, w.window),
        description: desc,
        stamp,
        sequence,
        url,
        categories: [{ name: i.group }],
      });
    if (i.due) {
      const ev = cal.createEvent({
        id: itemUid(i, 'deadline'),
        start: utcMidnight(i.due),
        end: utcMidnight(addDays(i.due, 1)),
        allDay: true,
        summary: w.tagged(title, w.deadline),
        description: desc,
        stamp,
        sequence,
        url,
        categories: [{ name: i.group }],
      });
      for (const n of alarmDays)
        ev.createAlarm({ type: ICalAlarmType.display, trigger: n * 86_400, description: w.alarm(title, n) });
    }
  }
  return cal.toString();
}
