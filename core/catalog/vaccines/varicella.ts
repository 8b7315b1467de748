import type { VaccineInput } from '../schema';

export default {
  id: 'varicella',
  title: {
    ja: '水痘（みずぼうそう）',
    en: 'Varicella',
  },
  // Sources (2026-12): the routine (公費) window is 予防接種法施行令3条 (e-Gov 323CO0000000197; it was 1条の3 until
  // 2024-03-31), read in copies of the 2024-04 text (iuris.jp, sn-hoki.co.jp); dose counts and intervals are in
  // 予防接種実施規則 (e-Gov 333M50000100027); the 標準的な接種期間 is in 厚生労働省「定期接種実施要領」, section number as
  // transcribed from https://www.mhlw.go.jp/content/001744583.pdf (令和8年10月1日改正) by a public calculator, not read here.
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」第2の7（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '1歳から3歳になる前までに2回。2回目は1回目の3か月以上後（標準6〜12か月後）です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        years: 1,
      },
      closes: {
        from: 'age',
        years: 3,
      },
      recommended: { from: { from: 'age', years: 1 }, to: { from: 'age', months: 15 } },
    },
    {
      n: 2,
      opens: {
        from: 'age',
        years: 1,
      },
      closes: {
        from: 'age',
        years: 3,
      },
      after: {
        dose: 1,
        months: 3,
      },
      recommended: { from: { from: 'dose', dose: 1, months: 6 }, to: { from: 'dose', dose: 1, months: 12 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.7 (standard period)',
    rule: '2 doses from the 1st birthday to before the 3rd. Dose 2 at least 3 months after dose 1 (standard 6 to 12 months after).',
  },
} satisfies VaccineInput;
