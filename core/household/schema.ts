/**
 * The household format `nonstop-household/1` — a public contract that testers
 * script against: extend it, never break it.
 */
import { z } from 'zod';
import { isCivilDate, type CivilDate } from '../dates/civil-date';
import { isValidMunicipalityCode, isValidMyNumber } from '../identifiers/identifiers';
import { PRIVATE_OFFER_CATEGORIES } from '../offers/private-offers';

export const HOUSEHOLD_FORMAT = 'nonstop-household/1';

/**
 * The dates a household may hold: the engine's day tables run 1900–2199 and a journey looks up to
 * 23 years past a birth, so every date of the format (and the `--on` date) is bounded to
 * 1900-01-01…2150-12-31. Implausible dates inside the range (a birth next year) give notices.
 */
export const FIRST_SUPPORTED_DATE = '1900-01-01' as CivilDate;
export const LAST_SUPPORTED_DATE = '2150-12-31' as CivilDate;

export const isSupportedDate = (s: string): boolean =>
  isCivilDate(s) && s >= FIRST_SUPPORTED_DATE && s <= LAST_SUPPORTED_DATE;

export const civilDateField = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isCivilDate, { message: 'must be a calendar date written YYYY-MM-DD', abort: true })
  .refine(isSupportedDate, {
    message: `must be between ${FIRST_SUPPORTED_DATE} and ${LAST_SUPPORTED_DATE}`,
  })
  .transform((s) => s as CivilDate);

/** Generous real-world sizes: a file past them is refused with a clear message instead of a slow journey. */
export const MAX_GUARDIANS = 10;
export const MAX_CHILDREN = 20;
export const MAX_COMPLETIONS = 2000;

/** Ids of guardians and children (also used by the host contract). */
export const id = z
  .string({ error: 'must be a string' })
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be 1–40 lowercase letters, digits or hyphens');

const kanji = z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(40);
// 全角カタカナ (with the long-vowel mark and the middle dot and spaces used between names)
const kana = z
  .string({ error: 'must be a string' })
  .trim()
  .regex(/^[\u30A1-\u30FA\u30FC\u30FB\u3000 ]{1,40}$/, 'must be written in full-width katakana');

const myNumber = z
  .string({ error: 'must be a string of 12 digits' })
  .regex(/^\d{12}$/, { message: 'must be 12 digits', abort: true })
  .refine(isValidMyNumber, { message: 'check digit does not match (not a valid 個人番号)' });

export const addressSchema = z.strictObject({
  postalCode: z.string().regex(/^\d{3}-\d{4}$/, 'must be written NNN-NNNN'),
  prefecture: kanji,
  city: kanji,
  street: z.string().trim().min(1, 'must not be empty').max(80),
  building: z.string().trim().max(80).optional(),
});

/** A calendar year's 所得 (合計所得金額, yen). */
export const incomeSchema = z.strictObject({
  year: z.number({ error: 'must be a year' }).int('must be a whole year').min(1900).max(2150),
  shotokuYen: z
    .number({ error: 'must be an amount in yen' })
    .int('must be a whole number of yen')
    .min(0, 'must not be negative')
    .max(10_000_000_000, 'must be at most 10,000,000,000 yen'),
});

const guardianSchema = z.strictObject({
  id,
  familyName: kanji,
  givenName: kanji,
  familyNameKana: kana,
  givenNameKana: kana,
  birthDate: civilDateField,
  relationship: z.enum(['mother', 'father', 'other']),
  employment: z.enum(['employee', 'self-employed', 'civil-servant', 'none']),
  insurance: z.enum(['employee', 'national', 'mutual-aid']),
  myNumber: myNumber.optional(),
  address: addressSchema.optional(),
  phone: z
    .string()
    .regex(/^0\d{1,4}-\d{1,4}-\d{3,4}$/, 'must be a Japanese phone number such as 03-1234-5678')
    .optional(),
  employer: z.string().trim().min(1).max(60).optional(),
  /**
   * Under employee insurance or 共済: as the insured worker herself (本人, 被保険者) or as a family member
   * (被扶養者, e.g. a part-time worker on her spouse's insurance). Unset: the insured worker when employed.
   */
  insuredAs: z.enum(['insured', 'dependent']).optional(),
  /**
   * Optional income fact (issue 18): the 所得 of one calendar year as on the 課税（所得）証明書 (給与所得控除など
   * の後、所得控除の前の「合計所得金額」). Lets the engine settle 児童扶養手当 (全部/一部/停止) and the 所得制限 of
   * 特別児童扶養手当 and 障害児福祉手当; without it those items show the range and say which year settles it.
   * Never required; sealed with the rest of the household. New in `nonstop-household/1`: old files load.
   */
  income: incomeSchema.optional(),
});

const childSchema = z.strictObject({
  id,
  birthDate: civilDateField.optional(),
  expectedBirthDate: civilDateField.optional(),
  familyName: kanji.optional(),
  givenName: kanji.optional(),
  familyNameKana: kana.optional(),
  givenNameKana: kana.optional(),
  sex: z.enum(['female', 'male']).optional(),
  myNumber: myNumber.optional(),
  birthWeightGrams: z.number().int().min(200).max(7000).optional(),
  supported: z.boolean().default(true),
  /** A recorded disability (特別児童扶養手当); grade 1 or 2 when certified. */
  disability: z.strictObject({ grade: z.union([z.literal(1), z.literal(2)]).optional() }).optional(),
  /** Which rotavirus vaccine the clinic uses: 1価 (2 doses, default) or 5価 (3 doses). */
  rotavirusVaccine: z.enum(['monovalent', 'pentavalent']).optional(),
});

/**
 * One completion per item (and child): an item is done once, on the day it was first done. A file
 * written before this rule (the app once added a completion per receipt, so a 補正 refiling listed the
 * item twice) still loads, its repeats merged into the earliest date.
 */
export function oneCompletionPerItem<C extends { item: string; child?: string; on: CivilDate }>(
  list: C[],
): C[] {
  const first = new Map<string, C>();
  for (const c of list) {
    const key = `${c.item}|${c.child ?? ''}`;
    const had = first.get(key);
    if (!had || c.on < had.on) first.set(key, c);
  }
  return first.size === list.length ? list : [...first.values()];
}

const completionSchema = z.strictObject({
  item: z.string().regex(/^[a-z0-9-]+$/, 'must be an item id such as birth-registration'),
  child: id.optional(),
  on: civilDateField,
});

/**
 * An item the household says does not concern it (「対象外として記録」), with the reason kept.
 * Optional and new in `nonstop-household/1`: files without it load as before.
 */
const declineSchema = z.strictObject({
  item: z.string().regex(/^[a-z0-9-]+(:[a-z0-9-]+)?$/, 'must be an item id such as birth-registration'),
  child: id.optional(),
  reason: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters'),
  on: civilDateField,
});

const bankAccountSchema = z.union([
  z.strictObject({ kind: z.literal('public-funds') }), // 公金受取口座
  z.strictObject({
    kind: z.literal('bank'),
    bankName: kanji,
    branchName: kanji,
    accountType: z.enum(['ordinary', 'current']),
    accountNumber: z.string().regex(/^\d{7}$/, 'must be 7 digits'),
    holderKana: kana,
  }),
]);

export const householdSchema = z
  .strictObject({
    format: z.literal(HOUSEHOLD_FORMAT, { error: `must be "${HOUSEHOLD_FORMAT}"` }),
    label: z.string().trim().max(60).optional(),
    municipalityCode: z
      .string({ error: 'must be a 6-digit 全国地方公共団体コード' })
      .regex(/^\d{6}$/, { message: 'must be 6 digits (全国地方公共団体コード)', abort: true })
      .refine(isValidMunicipalityCode, {
        message: 'check digit does not match (not a valid 全国地方公共団体コード)',
      }),
    address: addressSchema.optional(),
    claimant: id.optional(),
    bankAccount: bankAccountSchema.optional(),
    /** ひとり親世帯 (児童扶養手当). */
    singleParent: z.boolean().optional(),
    /**
     * 養育費 received per year (yen): 児童扶養手当 counts 80 % of it as the recipient's income (児童扶養手当法9条1項).
     * Optional, new in `nonstop-household/1`.
     */
    childSupportYenPerYear: z
      .number({ error: 'must be an amount in yen' })
      .int('must be a whole number of yen')
      .min(0, 'must not be negative')
      .max(100_000_000, 'must be at most 100,000,000 yen')
      .optional(),
    /** 住民税非課税世帯 (保育料 0–2歳 free nationally). Optional, new in `nonstop-household/1`. */
    residentTaxExempt: z.boolean().optional(),
    /** The municipality the household moved from, if it moved (for testers and notices). */
    previousMunicipalityCode: z
      .string()
      .regex(/^\d{6}$/, { message: 'must be 6 digits (全国地方公共団体コード)', abort: true })
      .refine(isValidMunicipalityCode, {
        message: 'check digit does not match (not a valid 全国地方公共団体コード)',
      })
      .optional(),
    /**
     * The categories of private offers (民間サービス) the household opted in to, one by one
     * (core/offers/private-offers.ts); never shown otherwise. The first four values are the
     * ones files have always held; `childcare-booking` and `community-events` were added.
     */
    privateOffers: z.array(z.enum(PRIVATE_OFFER_CATEGORIES)).max(50).optional(),
    guardians: z
      .array(guardianSchema)
      .min(1, 'must list at least one guardian')
      .max(MAX_GUARDIANS, `must list at most ${MAX_GUARDIANS} guardians`),
    children: z.array(childSchema).max(MAX_CHILDREN, `must list at most ${MAX_CHILDREN} children`),
    completed: z
      .array(completionSchema)
      .max(MAX_COMPLETIONS, `must list at most ${MAX_COMPLETIONS} completions`)
      .default([])
      .transform(oneCompletionPerItem),
    declined: z
      .array(declineSchema)
      .max(MAX_COMPLETIONS, `must list at most ${MAX_COMPLETIONS} declined items`)
      .optional(),
  })
  .superRefine((h, ctx) => {
    const seen = new Set<string>();
    const all = [
      ...h.guardians.map((g, i) => ['guardians', i, g.id] as const),
      ...h.children.map((c, i) => ['children', i, c.id] as const),
    ];
    for (const [list, i, pid] of all) {
      if (seen.has(pid))
        ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `duplicate id "${pid}"` });
      seen.add(pid);
    }
    h.children.forEach((c, i) => {
      if (!c.birthDate && !c.expectedBirthDate)
        ctx.addIssue({
          code: 'custom',
          path: ['children', i],
          message: 'needs birthDate (born) or expectedBirthDate (unborn)',
        });
      // Both may be kept: a birth after the due date counts 出産手当金's 42 days back from the due date.
      if (c.birthDate) {
        for (const f of ['familyName', 'givenName', 'familyNameKana', 'givenNameKana'] as const)
          if (!c[f])
            ctx.addIssue({
              code: 'custom',
              path: ['children', i, f],
              message: 'is required for a child who is born',
            });
      }
    });
    h.completed.forEach((c, i) => {
      if (c.child === undefined) return;
      const child = h.children.find((k) => k.id === c.child);
      if (!child)
        ctx.addIssue({
          code: 'custom',
          path: ['completed', i, 'child'],
          message: `no child with id "${c.child}"`,
        });
    });
    h.declined?.forEach((d, i) => {
      if (d.child !== undefined && !h.children.some((k) => k.id === d.child))
        ctx.addIssue({
          code: 'custom',
          path: ['declined', i, 'child'],
          message: `no child with id "${d.child}"`,
        });
    });
    if (h.claimant && !h.guardians.some((g) => g.id === h.claimant))
      ctx.addIssue({ code: 'custom', path: ['claimant'], message: `no guardian with id "${h.claimant}"` });
  });

export type Household = z.output<typeof householdSchema>;
export type Guardian = Household['guardians'][number];
export type Child = Household['children'][number];
export type Address = z.output<typeof addressSchema>;

export interface Problem {
  /** e.g. `guardians[0].myNumber` */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(root)';
}

export function parseWith<S extends z.ZodType>(schema: S, input: unknown): Validated<z.output<S>> {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, value: r.data };
  return {
    ok: false,
    problems: r.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
  };
}

export function validateHousehold(input: unknown): Validated<Household> {
  return parseWith(householdSchema, input);
}

/** Parse the text of a household file; a JSON syntax error is a problem, not a crash. */
export function parseHouseholdJson(text: string): Validated<Household> {
  let json: unknown;
  try {
    // A UTF-8 byte-order mark (Windows Notepad) is not part of the JSON text.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return { ok: false, problems: [{ path: '(file)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return validateHousehold(json);
}

export function childDisplayName(c: Child): string {
  return c.familyName && c.givenName ? `${c.familyName} ${c.givenName}` : 'おなかの赤ちゃん';
}

export function guardianName(g: Guardian): string {
  return `${g.familyName} ${g.givenName}`;
}

/**
 * Who files the 児童手当 claim: the household's `claimant`, or else the first
 * guardian in employment (the fact sheet's rule is the parent with higher
 * 生計維持, usually the higher earner; the file does not carry incomes yet, so
 * the household names its claimant where the default is wrong).
 */
export function allowanceClaimant(h: Household): Guardian {
  const named = h.guardians.find((g) => g.id === h.claimant);
  return named ?? h.guardians.find((g) => g.employment !== 'none') ?? (h.guardians[0] as Guardian);
}

export function addressOf(h: Household, g: Guardian): Address | undefined {
  return g.address ?? h.address;
}
