/**
 * The record shape of the 子育て支援制度レジストリ (the registry of childcare
 * support schemes that apps read; 東京都's registry, CC BY 4.0, is the
 * published example): who runs it (`institutionName`), what it is (`summary`),
 * for whom (`target`, age bounds in years and months), what it gives and what
 * it costs (`support`, `cost`), where (`area`), when one can apply
 * (`procedurePeriod`), whom to ask (`contact`) and its `tag` codes.
 *
 * The reader is here, in core, with its schema, so that municipal records can
 * use it later; the private offers (./private-offers.ts) extend it.
 *
 * Matching reads only the structured parts: the area code, the period and the
 * age bounds. Conditions written as free text (`target.conditions`) are never
 * interpreted: such a record is shown with 「条件を確認してください」 and the
 * family decides (`needsCheck`).
 *
 * Ages are 満年齢 by 年齢計算ニ関スル法律 (reached at the end of the day before
 * the same date), like every other window of the app: a target "0歳0か月〜2歳11か月"
 * ends the day before the child reaches 3 years, i.e. two days before the third
 * birthday (facts sheet §0c: born 2026-02-10 → last day 2029-02-08).
 */
import { z } from 'zod';
import { dayMonthsLater, dayNumber, isCivilDate, type CivilDate } from '../dates/civil-date';
import { isValidMunicipalityCode } from '../identifiers/identifiers';

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/** A date of the registry: `YYYY-MM-DD`, a real calendar day. */
const ymd = z
  .string()
  .refine(isCivilDate, 'must be a calendar date written YYYY-MM-DD')
  .transform((s) => s as CivilDate);

export const ageSchema = z.strictObject({
  years: z.number().int().min(0).max(25),
  months: z.number().int().min(0).max(11),
});
export type RegistryAge = z.infer<typeof ageSchema>;

export const registryTargetSchema = z
  .strictObject({
    /** who it is for, as the registry words it (shown, never parsed) */
    description: text(300),
    /** from this age (inclusive); absent: from birth */
    minAge: ageSchema.optional(),
    /** up to and including this age (e.g. 2歳11か月); absent: no upper bound */
    maxAge: ageSchema.optional(),
    /** also for families expecting a child (妊娠中の方) */
    expecting: z.boolean().optional(),
    /** further conditions in free text: never matched, the family is asked to check them */
    conditions: text(500).optional(),
  })
  .refine((t) => !t.minAge || !t.maxAge || totalMonths(t.minAge) <= totalMonths(t.maxAge), {
    message: 'minAge is above maxAge',
    path: ['maxAge'],
  });

export const registryRecordSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be 1–80 lowercase letters, digits or hyphens'),
  /** the scheme's name */
  name: text(100),
  institutionName: z.strictObject({ canonicalName: text(100), shortName: text(40) }),
  summary: text(600),
  target: registryTargetSchema,
  support: text(400),
  cost: text(200),
  area: z.strictObject({
    /** 全国地方公共団体コード (6 digits) of the municipalities served; absent: nationwide */
    municipalityCodes: z
      .array(
        z
          .string()
          .regex(/^\d{6}$/, 'must be 6 digits')
          .refine(isValidMunicipalityCode, 'check digit does not match'),
      )
      .min(1)
      .max(2000)
      .optional(),
    /** how the area reads to people (e.g. 全国, 横浜市内) */
    description: text(100),
  }),
  procedurePeriod: z
    .strictObject({ fromYMD: ymd.optional(), toYMD: ymd.optional() })
    .refine((p) => !p.fromYMD || !p.toYMD || p.fromYMD <= p.toYMD, {
      message: 'fromYMD is after toYMD',
      path: ['toYMD'],
    }),
  contact: z.strictObject({
    name: text(100),
    phone: z
      .string()
      .regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/, 'must be a phone number such as 03-1234-5678')
      .optional(),
    url: z
      .url({ protocol: /^https$/, error: 'must be an https:// address' })
      .max(300)
      .optional(),
  }),
  /** the registry's tag codes (e.g. 妊娠・出産, 子育て, 預かり) */
  tag: z
    .array(z.string().regex(/^[a-z0-9-]{1,40}$/))
    .max(20)
    .default([]),
});
export type RegistryRecord = z.infer<typeof registryRecordSchema>;

export function totalMonths(a: RegistryAge): number {
  return a.years * 12 + a.months;
}

/** The day number on which a child born on `birth` reaches `months` months (満, the eve of the same date). */
function dayMonthsReached(birth: number, months: number): number {
  return months === 0 ? birth : dayMonthsLater(birth, months, 'eve');
}

/**
 * Whether a child born on `birthDate` is inside the target's age bounds on `on`:
 * from the day the minimum age is reached to the day before the age one month
 * past the maximum is reached (「2歳11か月まで」 = until 3 years are reached).
 */
export function withinAgeBounds(
  target: Pick<RegistryRecord['target'], 'minAge' | 'maxAge'>,
  birthDate: CivilDate,
  on: CivilDate,
): boolean {
  const birth = dayNumber(birthDate);
  const day = dayNumber(on);
  if (day < birth) return false;
  if (target.minAge && day < dayMonthsReached(birth, totalMonths(target.minAge))) return false;
  if (target.maxAge && day >= dayMonthsReached(birth, totalMonths(target.maxAge) + 1)) return false;
  return true;
}

export function inProcedurePeriod(period: RegistryRecord['procedurePeriod'], on: CivilDate): boolean {
  return (!period.fromYMD || period.fromYMD <= on) && (!period.toYMD || on <= period.toYMD);
}

export function servesMunicipality(area: RegistryRecord['area'], municipalityCode: string): boolean {
  return !area.municipalityCodes || area.municipalityCodes.includes(municipalityCode);
}

/** A record whose conditions are free text: shown with 「条件を確認してください」, never matched silently. */
export function needsCheck(record: Pick<RegistryRecord, 'target'>): boolean {
  return record.target.conditions !== undefined;
}

export interface RegistryProblem {
  /** index of the record in the list read */
  index: number;
  path: string;
  message: string;
}

/**
 * A list of registry records read at the edge: each record is validated on its
 * own; a bad record is left out and named (index, path, message), the others
 * are kept. Duplicate ids: the later one is refused.
 */
export function readRegistryRecords<S extends z.ZodType<RegistryRecord>>(
  raw: unknown,
  schema: S = registryRecordSchema as unknown as S,
): { records: z.infer<S>[]; problems: RegistryProblem[] } {
  if (!Array.isArray(raw))
    return { records: [], problems: [{ index: -1, path: '', message: 'not a list of records' }] };
  const records: z.infer<S>[] = [];
  const problems: RegistryProblem[] = [];
  const seen = new Set<string>();
  raw.forEach((r, index) => {
    const p = schema.safeParse(r);
    if (!p.success) {
      const i = p.error.issues[0];
      problems.push({ index, path: (i?.path ?? []).join('.'), message: i?.message ?? 'invalid' });
      return;
    }
    const rec = p.data as RegistryRecord;
    if (seen.has(rec.id)) {
      problems.push({ index, path: 'id', message: `duplicate id "${rec.id}"` });
      return;
    }
    seen.add(rec.id);
    records.push(p.data as z.infer<S>);
  });
  return { records, problems };
}
