import type { VaccineInput } from '../schema';

export default {
  id: 'mr',
  title: {
    ja: 'MR（麻しん風しん）',
    en: 'Measles-rubella',
  },
  // Sources (2026-12): the routine (公費) window is 予防接種法施行令3条 (e-Gov 323CO0000000197; it was 1条の3 until
  // 2024-03-31), read in copies of the 2024-04 text (iuris.jp, sn-hoki.co.jp); dose counts and intervals are in
  // 予防接種実施規則 (e-Gov 333M50000100027); the 標準的な接種期間 is in 厚生労働省「定期接種実施要領」, section number as
  // transcribed from https://www.mhlw.go.jp/content/001744583.pdf (令和8年10月1日改正) by a public calculator, not read here.
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」第2の2（1）（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '1期は1歳から2歳になる前まで、2期は小学校入学前の1年間（4月1日〜3月31日）です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        years: 1,
      },
      closes: {
        from: 'age',
        years: 2,
      },
    },
    {
      n: 2,
      opens: {
        from: 'school-entry',
        years: -1,
      },
      closes: {
        from: 'school-entry',
        days: -1,
      },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.2(1) (standard period)',
    rule: 'Phase 1 from the 1st birthday to before the 2nd; phase 2 in the year before primary school (April 1 to March 31).',
  },
} satisfies VaccineInput;
