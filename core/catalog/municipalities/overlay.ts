import { z } from 'zod';

/** A municipality's own rules on top of the national defaults (条例, 要綱). */
export const overlaySchema = z.strictObject({
  code: z.string().regex(/^\d{6}$/),
  name: z.string(),
  head: z.string(),
  medicalSubsidy: z.strictObject({
    periods: z.array(
      z.strictObject({
        /** First day this rule applies. */
        from: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        /** Covered through N歳年度末. */
        schoolYearEndOfAge: z.number().int(),
        copay: z.string(),
        incomeLimit: z.string().nullable(),
        /** The same in English (the English UI); null incomeLimit = none, as in Japanese. */
        en: z.strictObject({ copay: z.string().min(1), incomeLimit: z.string().min(1).nullable() }),
      }),
    ),
    source: z.string().url(),
  }),
  nursery: z.strictObject({
    /** The April round's application window, as MM-DD of the previous autumn. */
    aprilRound: z.strictObject({
      opens: z.string().regex(/^\d{2}-\d{2}$/),
      closes: z.string().regex(/^\d{2}-\d{2}$/),
    }),
    /** Other months: the application deadline is this day of the previous month. */
    monthlyDeadlineDay: z.number().int().min(1).max(28),
    source: z.string().url(),
    unverified: z.string().optional(),
    /** English of `unverified`, present exactly when it is. */
    en: z.strictObject({ unverified: z.string().min(1) }).optional(),
  }),
});
export type MunicipalOverlay = z.output<typeof overlaySchema>;
export type OverlayInput = z.input<typeof overlaySchema>;

/** National defaults used when no overlay exists (and the journey says so). */
export const NATIONAL_DEFAULTS = {
  medicalSubsidy: {
    periods: [
      {
        from: '2000-01-01',
        schoolYearEndOfAge: 18,
        copay: '市区町村により異なります',
        incomeLimit: '市区町村により異なります',
        en: { copay: 'Differs by municipality', incomeLimit: 'Differs by municipality' },
      },
    ],
    // こども家庭庁 令和7年度「こどもに係る医療費の助成についての調査」: no national rule, each municipality's 条例.
    source: 'https://www.cfa.go.jp/policies/boshihoken/kodomoiryouhityousa-r7/',
  },
  nursery: {
    aprilRound: { opens: '10-01', closes: '11-30' },
    monthlyDeadlineDay: 10,
    // The national basis of the application (子ども・子育て支援法20条, e-Gov); the rounds themselves are municipal.
    source: 'https://laws.e-gov.go.jp/law/424AC0000000065#Mp-At_20',
    unverified: '4月入所の一次募集は多くの市区町村で10〜11月（目安）',
    en: {
      unverified:
        'The first call for April admission is in October to November in many municipalities (a guide).',
    },
  },
} satisfies Omit<MunicipalOverlay, 'code' | 'name' | 'head'>;
