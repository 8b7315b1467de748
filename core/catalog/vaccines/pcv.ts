import type { VaccineInput } from '../schema';

export default {
  id: 'pcv',
  title: {
    ja: '小児肺炎球菌',
    en: 'Pneumococcal conjugate',
  },
  // Sources (2026-12): the routine (公費) window is 予防接種法施行令3条 (e-Gov 323CO0000000197; it was 1条の3 until
  // 2024-03-31), read in copies of the 2024-04 text (iuris.jp, sn-hoki.co.jp); dose counts and intervals are in
  // 予防接種実施規則 (e-Gov 333M50000100027); the 標準的な接種期間 is in 厚生労働省「定期接種実施要領」, section number as
  // transcribed from https://www.mhlw.go.jp/content/001744583.pdf (令和8年10月1日改正) by a public calculator, not read here.
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」第2の5（1）（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  catchUp: 'pcv',
  rule: '生後2か月から60か月になるまで。1回目を受けた月齢で回数が変わります: 生後7か月になる日までに始めたら3回＋追加1回、12か月になる日までなら2回＋追加1回、24か月になる日までなら60日以上あけて2回、それより後は1回です。初回の2・3回目は27日以上あけて（28日後から）24か月になるまでに受けます。追加接種は1歳から、前の回から60日以上あけて（61日後から）受けます。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        months: 60,
      },
      recommended: { from: { from: 'age', months: 2 }, to: { from: 'age', months: 7 } },
    },
    {
      n: 2,
      opens: {
        from: 'age',
        months: 2,
      },
      // 初回の2回目・3回目は生後24月に至るまで (実施要領); the 12–23 month course's second dose runs to 60 months.
      closes: {
        from: 'age',
        months: 24,
      },
      after: {
        dose: 1,
        days: 27,
      },
      recommended: { from: { from: 'dose', dose: 1, days: 27 }, to: { from: 'age', months: 12 } },
    },
    {
      n: 3,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        years: 2,
      },
      after: {
        dose: 2,
        days: 27,
      },
      recommended: { from: { from: 'dose', dose: 2, days: 27 }, to: { from: 'age', months: 12 } },
    },
    {
      n: 4,
      opens: {
        from: 'age',
        years: 1,
      },
      closes: {
        from: 'age',
        months: 60,
      },
      after: {
        dose: 3,
        days: 60,
      },
      recommended: { from: { from: 'age', months: 12 }, to: { from: 'age', months: 15 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.5(1) (standard period)',
    rule: 'From 2 months to before 60 months of age. The number of doses depends on the age at dose 1: started by the day the child turns 7 months, 3 doses plus a booster; by 12 months, 2 doses plus a booster; by 24 months, 2 doses at least 60 days apart; later, 1 dose. Primary doses 2 and 3 at least 27 days apart (from 28 days after) and before 24 months. The booster from the 1st birthday, at least 60 days after the previous dose (from 61 days after).',
  },
} satisfies VaccineInput;
