/**
 * Field-level checks for the registration and 家族の情報 screens: each answers a reason code
 * (with parameters) that the renderer words in Japanese and English
 * (renderer/src/lib/i18n/messages/household.ts, key `household.error.<code>`). The schema
 * (schema.ts) stays the last word on what is saved; these add what a parent needs to hear while
 * typing and the cross-field facts the format cannot see (a birth in the future, a child older
 * than a parent, a due date that cannot be right).
 */
import { addDays, dayMonthsLater, dayNumber, fromDayNumber, type CivilDate } from '../dates/civil-date';
import { isValidMyNumber } from '../identifiers/identifiers';
import { kanaProblem, type KanaProblem } from './kana';
import type { DateInputProblem } from './date-input';
import type { Household } from './schema';

export type FieldCode =
  | KanaProblem
  | DateInputProblem
  | 'required'
  | 'tooLong'
  | 'myNumber.digits'
  | 'myNumber.checkDigit'
  | 'birth.future'
  | 'due.tooFar'
  | 'due.past'
  | 'child.olderThanGuardian'
  | 'guardian.duplicateRole'
  | 'account.digits'
  | 'postal.format'
  | 'postal.unknown'
  | 'municipality.unknown'
  | 'phone.format'
  | 'weight.range'
  | 'yen.format'
  | 'year.range';

export interface FieldProblem {
  code: FieldCode;
  params?: Record<string, string | number>;
}

/** Full-width digits and the separators people type (spaces, hyphens) folded away. */
export function digitsOnly(text: string): string {
  return text.normalize('NFKC').replace(/[\s\-‐−ー]/g, '');
}

/**
 * An amount in yen as typed: digits, with the commas and 円 people write ("1,500,000円", full-width too).
 * '' is "not given" (undefined); anything else that is not a whole amount up to `max` is null.
 */
export function yenOf(text: string, max: number): number | null | undefined {
  // Not digitsOnly: a minus sign must not vanish into a positive amount.
  const v = text.normalize('NFKC').replace(/[\s,円]/g, '');
  if (v === '') return undefined;
  if (!/^\d{1,12}$/.test(v)) return null;
  const n = Number(v);
  return n <= max ? n : null;
}

export function checkYen(text: string, max: number): FieldProblem | null {
  return yenOf(text, max) === null
    ? { code: 'yen.format', params: { max: max.toLocaleString('ja-JP') } }
    : null;
}

/** A calendar year for an income fact: 4 digits, 1900 to the current year. */
export function checkIncomeYear(text: string, today: CivilDate): FieldProblem | null {
  const v = digitsOnly(text);
  const n = Number(v);
  return /^\d{4}$/.test(v) && n >= 1900 && n <= Number(today.slice(0, 4))
    ? null
    : { code: 'year.range', params: { last: today.slice(0, 4) } };
}

export function checkText(text: string, max: number): FieldProblem | null {
  const v = text.trim();
  if (v === '') return { code: 'required' };
  if (v.length > max) return { code: 'tooLong', params: { max } };
  return null;
}

export function checkKana(text: string): FieldProblem | null {
  const code = kanaProblem(text);
  return code === null ? null : code === 'kana.empty' ? { code: 'required' } : { code };
}

/** 個人番号: optional; when given, 12 digits whose last is the check digit (総務省令85号5条). */
export function checkMyNumber(text: string): FieldProblem | null {
  const v = digitsOnly(text);
  if (v === '') return null;
  if (!/^\d{12}$/.test(v)) return { code: 'myNumber.digits' };
  if (!isValidMyNumber(v)) return { code: 'myNumber.checkDigit' };
  return null;
}

export function checkBirthDate(date: CivilDate, today: CivilDate): FieldProblem | null {
  return date > today ? { code: 'birth.future' } : null;
}

/**
 * A due date (出産予定日) of a child not yet born: at most 10 months ahead (a pregnancy is
 * 280 days from the last period; a date further out cannot be a due date), and not more than
 * 14 days past — 42 weeks is 過期産 (日本産科婦人科学会), by when the birth has happened and
 * should be recorded instead (「赤ちゃんが生まれました」).
 */
export function checkDueDate(date: CivilDate, today: CivilDate): FieldProblem | null {
  if (dayNumber(date) > dayMonthsLater(dayNumber(today), 10, 'clamp')) return { code: 'due.tooFar' };
  if (date < addDays(today, -14)) return { code: 'due.past' };
  return null;
}

export function checkAccountNumber(text: string): FieldProblem | null {
  const v = digitsOnly(text);
  if (v === '') return { code: 'required' };
  if (!/^\d{7}$/.test(v)) return { code: 'account.digits', params: { n: v.length } };
  return null;
}

/** 郵便番号 written 1540017, 154-0017 or １５４－００１７ → `154-0017`. */
export function normalizePostalCode(text: string): string | null {
  const v = digitsOnly(text.replace(/^〒/, ''));
  return /^\d{7}$/.test(v) ? `${v.slice(0, 3)}-${v.slice(3)}` : null;
}

export function checkPostalCode(text: string): FieldProblem | null {
  if (text.trim() === '') return { code: 'required' };
  return normalizePostalCode(text) ? null : { code: 'postal.format' };
}

/** 03-1234-5678 style; full-width digits and hyphens folded. Optional. */
export function normalizePhone(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[‐−ー]/g, '-')
    .replace(/\s/g, '');
}

export function checkPhone(text: string): FieldProblem | null {
  const v = normalizePhone(text);
  if (v === '') return null;
  return /^0\d{1,4}-\d{1,4}-\d{3,4}$/.test(v) ? null : { code: 'phone.format' };
}

export function checkBirthWeight(text: string): FieldProblem | null {
  const v = digitsOnly(text);
  if (v === '') return null;
  const n = Number(v);
  return Number.isInteger(n) && n >= 200 && n <= 7000 ? null : { code: 'weight.range' };
}

/**
 * A child has one legal mother and one legal father (民法772条・779条): a second guardian in the
 * same role cannot be right — and would claim what only the one who gave birth may (出産手当金,
 * 出産育児一時金). The second is asked to be 「その他の保護者」.
 */
export function duplicateRole(relationships: readonly string[], i: number): FieldProblem | null {
  const r = relationships[i];
  if (r !== 'mother' && r !== 'father') return null;
  return relationships.indexOf(r) < i ? { code: 'guardian.duplicateRole', params: { role: r } } : null;
}

/** A problem found across the household, at a schema path (for the same field labels). */
export interface HouseholdProblem extends FieldProblem {
  path: string;
}

/**
 * What the schema cannot see: a birth after `today`, a due date that cannot be right, a child
 * born (or due) before a guardian's own birth.
 */
export function householdProblems(h: Household, today: CivilDate): HouseholdProblem[] {
  const out: HouseholdProblem[] = [];
  h.guardians.forEach((g, i) => {
    const p = checkBirthDate(g.birthDate, today);
    if (p) out.push({ path: `guardians[${i}].birthDate`, ...p });
    const role = duplicateRole(
      h.guardians.map((x) => x.relationship),
      i,
    );
    if (role) out.push({ path: `guardians[${i}].relationship`, ...role });
  });
  h.children.forEach((c, i) => {
    if (c.birthDate) {
      const p = checkBirthDate(c.birthDate, today);
      if (p) out.push({ path: `children[${i}].birthDate`, ...p });
    } else if (c.expectedBirthDate) {
      const p = checkDueDate(c.expectedBirthDate, today);
      if (p) out.push({ path: `children[${i}].expectedBirthDate`, ...p });
    }
    const when = c.birthDate ?? c.expectedBirthDate;
    if (!when) return;
    for (const g of h.guardians)
      if (g.birthDate >= when) {
        out.push({
          path: `children[${i}].${c.birthDate ? 'birthDate' : 'expectedBirthDate'}`,
          code: 'child.olderThanGuardian',
          params: { guardian: `${g.familyName} ${g.givenName}` },
        });
        break;
      }
  });
  return out;
}

/** The day 10 months after `today` (the latest due date accepted), for the hint under the field. */
export function latestDueDate(today: CivilDate): CivilDate {
  return fromDayNumber(dayMonthsLater(dayNumber(today), 10, 'clamp'));
}
