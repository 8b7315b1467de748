import type { VaccineInput } from '../schema';

export default {
  id: 'je',
  title: {
    ja: '日本脳炎（1期）',
    en: 'Japanese encephalitis (phase 1)',
  },
  // Sources (2026-12): the routine (公費) window is 予防接種法施行令3条 (e-Gov 323CO0000000197; it was 1条の3 until
  // 2024-03-31), read in copies of the 2024-04 text (iuris.jp, sn-hoki.co.jp); dose counts and intervals are in
  // 予防接種実施規則 (e-Gov 333M50000100027); the 標準的な接種期間 is in 厚生労働省「定期接種実施要領」, section number as
  // transcribed from https://www.mhlw.go.jp/content/001744583.pdf (令和8年10月1日改正) by a public calculator, not read here.
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」第2の3（1）（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '1期は生後6か月から90か月になるまでに3回、公費で受けられます（標準的な時期は3歳）。1・2回目は6日以上あけて（7日後から）、3回目は2回目から6か月以上あけて受けます（標準はおおむね1年後、4歳）。',
  doses: [
    {
      n: 1,
      // 施行令3条: 生後6月から生後90月に至るまで.
      opens: { from: 'age', months: 6 },
      closes: {
        from: 'age',
        months: 90,
      },
      recommended: { from: { from: 'age', years: 3 }, to: { from: 'age', years: 4 } },
    },
    {
      n: 2,
      // 施行令3条: 生後6月から生後90月に至るまで.
      opens: { from: 'age', months: 6 },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 1,
        days: 6,
      },
      recommended: { from: { from: 'dose', dose: 1, days: 6 }, to: { from: 'dose', dose: 1, days: 28 } },
    },
    {
      n: 3,
      // 施行令3条: 生後6月から生後90月に至るまで.
      opens: { from: 'age', months: 6 },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 2,
        months: 6,
      },
      recommended: { from: { from: 'age', years: 4 }, to: { from: 'age', years: 5 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.3(1) (standard period)',
    rule: 'Phase 1: 3 free doses from 6 months to before 90 months of age (the standard time is age 3). Doses 1 and 2 at least 6 days apart (from 7 days after); dose 3 at least 6 months after dose 2 (standard about 1 year later, at age 4).',
  },
} satisfies VaccineInput;
