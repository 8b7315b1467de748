/**
 * Dates as parents type them: 和暦 (令和8年11月23日, R8.11.23, 令和元年5月1日, 平成/昭和/大正/明治,
 * their initials R/H/S/T/M) or western (2026-11-23, 2026/11/23, 2026年11月23日, 20261123), with
 * full-width digits. The result is a civil date, or a reason code: an impossible date
 * (2026-02-30) or an era year that does not exist (平成31年5月1日 is 令和元年5月1日) is refused,
 * never rolled over. The display form is formatWarekiWithWeekday (core/dates/wareki.ts).
 */
import { daysInMonth, fromParts, type CivilDate } from '../dates/civil-date';
import { toWareki } from '../dates/wareki';
import { FIRST_SUPPORTED_DATE, LAST_SUPPORTED_DATE } from './schema';

export type DateInputProblem = 'date.empty' | 'date.format' | 'date.impossible' | 'date.era' | 'date.range';

export type DateInput = { ok: true; date: CivilDate } | { ok: false; code: DateInputProblem };

// The first western year of each era (元年); the era boundary itself is checked by round-tripping
// through toWareki, which holds the exact start dates.
const ERA_FIRST_YEAR: Readonly<Record<string, number>> = {
  令和: 2019,
  平成: 1989,
  昭和: 1926,
  大正: 1912,
  明治: 1868,
};
const ERA_INITIAL: Readonly<Record<string, string>> = {
  R: '令和',
  H: '平成',
  S: '昭和',
  T: '大正',
  M: '明治',
};

const WAREKI_KANJI = /^(令和|平成|昭和|大正|明治)\s*(元|\d{1,2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const WAREKI_SHORT = /^([RHSTM])\s*(\d{1,2})[./\-\s](\d{1,2})[./\-\s](\d{1,2})$/;
const WESTERN = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const WESTERN_COMPACT = /^(\d{4})(\d{2})(\d{2})$/;

function civil(year: number, month: number, day: number): DateInput {
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return { ok: false, code: 'date.impossible' };
  const date = fromParts(year, month, day);
  if (date < FIRST_SUPPORTED_DATE || date > LAST_SUPPORTED_DATE) return { ok: false, code: 'date.range' };
  return { ok: true, date };
}

function wareki(era: string, yearText: string, month: number, day: number): DateInput {
  const eraYear = yearText === '元' ? 1 : Number(yearText);
  const first = ERA_FIRST_YEAR[era];
  if (first === undefined || eraYear < 1) return { ok: false, code: 'date.era' };
  const r = civil(first + eraYear - 1, month, day);
  if (!r.ok) return r;
  let w;
  try {
    w = toWareki(r.date);
  } catch {
    return { ok: false, code: 'date.range' };
  }
  // 平成31年5月1日 or 令和元年4月30日: the era had not begun or had already ended.
  if (w.era !== era || w.year !== eraYear) return { ok: false, code: 'date.era' };
  return r;
}

export function parseDateInput(text: string): DateInput {
  const s = text.normalize('NFKC').trim().toUpperCase().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, code: 'date.empty' };
  let m = WAREKI_KANJI.exec(s);
  if (m) return wareki(m[1] as string, m[2] as string, Number(m[3]), Number(m[4]));
  m = WAREKI_SHORT.exec(s);
  if (m) return wareki(ERA_INITIAL[m[1] as string] as string, m[2] as string, Number(m[3]), Number(m[4]));
  m = WESTERN.exec(s) ?? WESTERN_COMPACT.exec(s);
  if (m) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  return { ok: false, code: 'date.format' };
}
