import type { VaccineInput } from '../schema';

export default {
  id: 'bcg',
  title: {
    ja: 'BCG',
    en: 'BCG',
  },
  // Sources (2026-12): the routine (公費) window is 予防接種法施行令3条 (e-Gov 323CO0000000197; it was 1条の3 until
  // 2024-03-31), read in copies of the 2024-04 text (iuris.jp, sn-hoki.co.jp); dose counts and intervals are in
  // 予防接種実施規則 (e-Gov 333M50000100027); the 標準的な接種期間 is in 厚生労働省「定期接種実施要領」, section number as
  // transcribed from https://www.mhlw.go.jp/content/001744583.pdf (令和8年10月1日改正) by a public calculator, not read here.
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」第2の4（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '1歳になる前に1回（生まれた日から公費で受けられます）。標準的な時期は生後5か月から8か月になるまでです。',
  doses: [
    {
      n: 1,
      // 予防接種法施行令3条: 1歳に至るまでの間にある者 (routine from birth).
      opens: { from: 'birth' },
      closes: { from: 'age', years: 1 },
      recommended: { from: { from: 'age', months: 5 }, to: { from: 'age', months: 8 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.4 (standard period)',
    rule: '1 dose before the 1st birthday (free from the day of birth). The standard period is from 5 months to before 8 months of age.',
  },
} satisfies VaccineInput;
