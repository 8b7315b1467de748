import type { VaccineInput } from '../schema';

export default {
  id: 'hepb',
  title: {
    ja: 'B型肝炎',
    en: 'Hepatitis B',
  },
  // Sources (2026-12): the routine (公費) window is 予防接種法施行令3条 (e-Gov 323CO0000000197; it was 1条の3 until
  // 2024-03-31), read in copies of the 2024-04 text (iuris.jp, sn-hoki.co.jp); dose counts and intervals are in
  // 予防接種実施規則 (e-Gov 333M50000100027); the 標準的な接種期間 is in 厚生労働省「定期接種実施要領」, section number as
  // transcribed from https://www.mhlw.go.jp/content/001744583.pdf (令和8年10月1日改正) by a public calculator, not read here.
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」第2の8（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '1歳になる前に3回（生まれた日から公費で受けられます）。2回目は1回目から27日以上あけて（28日後から）、3回目は1回目から139日以上あけて（140日後から）受けます。標準的な時期は生後2か月から9か月になるまでです。',
  doses: [
    {
      n: 1,
      // 施行令3条: 1歳に至るまでの間にある者 (routine from birth); 標準 生後2月から9月に至るまで.
      opens: { from: 'birth' },
      recommended: { from: { from: 'age', months: 2 }, to: { from: 'age', months: 9 } },
      closes: {
        from: 'age',
        years: 1,
      },
    },
    {
      n: 2,
      // 施行令3条: 1歳に至るまでの間にある者 (routine from birth); 標準 生後2月から9月に至るまで.
      opens: { from: 'birth' },
      recommended: { from: { from: 'age', months: 2 }, to: { from: 'age', months: 9 } },
      closes: {
        from: 'age',
        years: 1,
      },
      after: {
        dose: 1,
        days: 27,
      },
    },
    {
      n: 3,
      // 施行令3条: 1歳に至るまでの間にある者 (routine from birth); 標準 生後2月から9月に至るまで.
      opens: { from: 'birth' },
      recommended: { from: { from: 'age', months: 2 }, to: { from: 'age', months: 9 } },
      closes: {
        from: 'age',
        years: 1,
      },
      after: {
        dose: 1,
        days: 139,
      },
      // 実施要領 (as transcribed by 向日市): dose 3 also needs 6日以上 after dose 2.
      alsoAfter: { dose: 2, days: 6 },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.8 (standard period)',
    rule: '3 doses before the 1st birthday (free from the day of birth). Dose 2 at least 27 days after dose 1 (from 28 days after); dose 3 at least 139 days after dose 1 (from 140 days after). The standard period is from 2 months to before 9 months of age.',
  },
} satisfies VaccineInput;
