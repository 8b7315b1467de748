/**
 * The service catalog's schema: one data file per service (core/catalog/services/),
 * validated at load. Dates are rules over the child's birth (or expected birth),
 * age, school year or another item's completion; a few deadlines that need
 * arithmetic of their own are named rules (core/journey/rules.ts).
 */
import { z } from 'zod';

const offsets = {
  days: z.number().int().optional(),
  months: z.number().int().optional(),
  years: z.number().int().optional(),
};

export const dateRuleSchema = z.discriminatedUnion('from', [
  /** A day offset from the birth (or, unborn, the expected birth when `orExpected`). */
  z.strictObject({ from: z.literal('birth'), ...offsets, orExpected: z.boolean().optional() }),
  z.strictObject({ from: z.literal('expected-birth'), ...offsets }),
  /** The day an age is reached (生後N月: the eve of the same date N months on), plus days. */
  z.strictObject({ from: z.literal('age'), ...offsets }),
  /** N歳に達する日以後の最初の3月31日 (+ days). */
  z.strictObject({
    from: z.literal('school-year-end'),
    age: z.number().int(),
    days: z.number().int().optional(),
  }),
  /** The April 1 of primary-school entry, plus an offset. */
  z.strictObject({ from: z.literal('school-entry'), ...offsets }),
  /** A fixed civil date (a programme's start). */
  z.strictObject({ from: z.literal('date'), date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  z.strictObject({
    from: z.literal('named'),
    name: z.enum(['birth-registration-deadline', 'child-allowance-deadline']),
  }),
]);
export type DateRule = z.infer<typeof dateRuleSchema>;

export const conditionSchema = z.discriminatedUnion('when', [
  z.strictObject({ when: z.literal('unborn') }),
  z.strictObject({ when: z.literal('born') }),
  z.strictObject({ when: z.literal('born-on-or-after'), date: z.string() }),
  z.strictObject({
    when: z.literal('guardian-insurance'),
    insurance: z.enum(['employee', 'national', 'mutual-aid']),
    relationship: z.enum(['mother', 'father', 'any']),
  }),
  z.strictObject({ when: z.literal('guardian-employed-as-employee') }),
  /** A guardian insured as a worker: 雇用保険 (employee) or 共済 (civil servant). */
  z.strictObject({ when: z.literal('guardian-insured-worker') }),
  /** The mother herself insured at work (健康保険 or 共済 as 被保険者/組合員), not a dependent (被扶養者). */
  z.strictObject({ when: z.literal('mother-insured-worker') }),
  z.strictObject({ when: z.literal('birth-weight-under'), grams: z.number() }),
  z.strictObject({ when: z.literal('single-parent') }),
  z.strictObject({ when: z.literal('disability') }),
  z.strictObject({ when: z.literal('opted-in'), offer: z.string() }),
]);
export type Condition = z.infer<typeof conditionSchema>;

export const kindSchema = z.enum([
  'procedure',
  'benefit',
  'check-up',
  'vaccination',
  'visit',
  'event',
  'private',
]);
export const filedAtSchema = z.enum([
  'municipality',
  'employer',
  'insurer',
  'health-centre',
  'medical-institution',
  'school-board',
  'provider',
]);

/**
 * English for a catalog entry's texts, for foreign residents (the English UI; `computeJourney(.., { lang: 'en' })`).
 * Plain English. A Japanese term may follow its English in parentheses only, e.g. "Maternal and Child Health
 * Handbook (母子健康手帳)": the name a parent will see on the paper or say at the counter (checked in
 * catalog.test.ts). The Japanese fields stay the reference; these translate them, nothing more.
 */
const englishSchema = {
  rule: z.string().min(1),
  legalBasis: z.string().min(1),
};
export const serviceEnglishSchema = z.strictObject({
  ...englishSchema,
  appliesWhen: z.string().min(1),
  /** Same length and order as the Japanese `documents`. */
  documents: z.array(z.string().min(1)),
  /** Present exactly when the Japanese `unverified` is. */
  unverified: z.string().min(1).optional(),
});
/** Vaccines have no documents or appliesWhen of their own (the engine words them per dose). */
export const vaccineEnglishSchema = z.strictObject(englishSchema);

export const serviceSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.strictObject({ ja: z.string().min(1), en: z.string().min(1) }),
  kind: kindSchema,
  concerns: z.enum(['household', 'guardian', 'child']),
  group: z.enum([
    'pregnancy',
    'birth',
    'money',
    'leave',
    'check-up',
    'vaccination',
    'childcare',
    'support',
    'school',
    'private',
  ]),
  conditions: z.array(conditionSchema).default([]),
  opens: dateRuleSchema.nullable(),
  due: dateRuleSchema.nullable(),
  closes: dateRuleSchema.nullable(),
  /** Shift `opens` to this date when the programme starts later (e.g. 2026-04-01). */
  notBefore: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  filedAt: filedAtSchema,
  legalBasis: z.string().min(1),
  source: z.string().url(),
  documents: z.array(z.string()),
  online: z.boolean(),
  amount: z
    .strictObject({ yen: z.number().int(), per: z.enum(['once', 'month', 'fetus', 'day']) })
    .optional(),
  /** The rule in plain words (やさしい日本語 where it helps). */
  rule: z.string().min(1),
  /** For a not-applicable item: what would make it apply. */
  appliesWhen: z.string().min(1),
  /** Facts marked unverified in the fact sheet, kept visible. */
  unverified: z.string().optional(),
  en: serviceEnglishSchema,
});
export type ServiceDefinition = z.output<typeof serviceSchema>;
export type ServiceInput = z.input<typeof serviceSchema>;

/**
 * An interval after an earlier dose. `days` is the law's "N日以上の間隔をおいて": N whole days lie
 * between, so the next dose is allowed from the day N+1 days after (fact sheet §0b; 27日以上 → 28 days
 * later). `months` is "Nか月以上": the same date N months later (clamped to the month's end).
 */
const intervalSchema = z.strictObject({
  dose: z.number().int().min(1),
  days: z.number().int().optional(),
  months: z.number().int().optional(),
});

/** A bound of the 標準的な接種期間: a date rule over the birth, or an interval after an earlier dose. */
const recommendedBoundSchema = z.union([
  dateRuleSchema,
  z.strictObject({ from: z.literal('dose'), ...intervalSchema.shape }),
]);
export type RecommendedBound = z.infer<typeof recommendedBoundSchema>;

/** A routine vaccination series: each dose has its routine window and a minimum interval after an earlier dose. */
export const vaccineSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.strictObject({ ja: z.string().min(1), en: z.string().min(1) }),
  legalBasis: z.string().min(1),
  source: z.string().url(),
  rule: z.string().min(1),
  en: vaccineEnglishSchema,
  doses: z.array(
    z.strictObject({
      n: z.number().int().min(1),
      opens: dateRuleSchema,
      closes: dateRuleSchema,
      after: intervalSchema.optional(),
      /** A second minimum interval, after another earlier dose (B型肝炎 #3: 139日 after #1 and 6日 after #2). */
      alsoAfter: intervalSchema.optional(),
      /** The 標準的な接種期間 (定期接種実施要領), shown beside the routine window as advice. */
      recommended: z.strictObject({ from: recommendedBoundSchema, to: recommendedBoundSchema }).optional(),
      /** Only for the pentavalent rotavirus vaccine (3 doses). */
      product: z.enum(['monovalent', 'pentavalent']).optional(),
    }),
  ),
  /**
   * The generation a series is for, by the day its first dose was due: from `routineFrom` (5種混合,
   * routine from 2024-04-01; the data puts the boundary at 2024-03-31, see dtp-ipv-hib.ts) or before
   * `routineUntil` (4種混合: those who started on it stay on it).
   * A recorded dose of the series keeps it; a recorded dose of its `sibling` series excludes it.
   */
  routineFrom: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  routineUntil: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  sibling: z.string().optional(),
  /** Catch-up: doses needed by the age at the first dose (PCV: fact sheet §7; Hib: 定期接種実施要領). */
  catchUp: z.enum(['pcv', 'hib', 'hpv']).optional(),
  /** Routine for girls only (HPV): not shown for a boy; shown with a note while the sex is not recorded. */
  sex: z.literal('female').optional(),
});
export type VaccineDefinition = z.output<typeof vaccineSchema>;
export type VaccineInput = z.input<typeof vaccineSchema>;
