import type { VaccineInput } from '../schema';

export default {
  id: 'rota',
  title: {
    ja: 'ロタウイルス',
    en: 'Rotavirus',
  },
  // Sources (2026-12): the routine (公費) window is 予防接種法施行令3条 (e-Gov 323CO0000000197; it was 1条の3 until
  // 2024-03-31), read in copies of the 2024-04 text (iuris.jp, sn-hoki.co.jp); dose counts and intervals are in
  // 予防接種実施規則 (e-Gov 333M50000100027); the 標準的な接種期間 is in 厚生労働省「定期接種実施要領」, section number as
  // transcribed from https://www.mhlw.go.jp/content/001744583.pdf (令和8年10月1日改正) by a public calculator, not read here.
  // The per-product limits are in 予防接種法施行規則 (e-Gov 323M40000100036, 2条の2・2条の3 per the same calculator).
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・同法施行規則（製剤ごとの接種期間: 1価は出生24週0日後、5価は32週0日後まで）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」第2の9（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '1価は2回、5価は3回、27日以上あけて（28日後から）飲みます。1回目は出生6週0日後から14週6日後まで（15週以降は始めません）、最後は1価24週0日後・5価32週0日後までです。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'birth',
        days: 42,
      },
      closes: {
        from: 'birth',
        days: 104,
      },
      recommended: { from: { from: 'age', months: 2 }, to: { from: 'birth', days: 104 } },
    },
    {
      n: 2,
      opens: {
        from: 'birth',
        days: 42,
      },
      closes: {
        from: 'birth',
        days: 168,
      },
      after: {
        dose: 1,
        days: 27,
      },
      product: 'monovalent',
    },
    {
      n: 2,
      opens: {
        from: 'birth',
        days: 42,
      },
      closes: {
        from: 'birth',
        days: 224,
      },
      after: {
        dose: 1,
        days: 27,
      },
      product: 'pentavalent',
    },
    {
      n: 3,
      opens: {
        from: 'birth',
        days: 42,
      },
      closes: {
        from: 'birth',
        days: 224,
      },
      after: {
        dose: 2,
        days: 27,
      },
      product: 'pentavalent',
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation for Enforcement of the Immunization Act (period per vaccine: monovalent until 24 weeks 0 days after birth, pentavalent until 32 weeks 0 days); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.9 (standard period)',
    rule: 'Taken by mouth: 2 doses of the monovalent vaccine or 3 of the pentavalent, at least 27 days apart (from 28 days after). Dose 1 from 6 weeks 0 days to 14 weeks 6 days after birth (not started from week 15); the last dose by 24 weeks 0 days (monovalent) or 32 weeks 0 days (pentavalent) after birth.',
  },
} satisfies VaccineInput;
