import type { VaccineInput } from '../schema';

export default {
  id: 'dtp-ipv-hib',
  title: {
    ja: '5種混合（DPT-IPV-Hib）',
    en: 'DTaP-IPV-Hib',
  },
  // Sources (2026-12): the routine (公費) window is 予防接種法施行令3条 (e-Gov 323CO0000000197; it was 1条の3 until
  // 2024-03-31), read in copies of the 2024-04 text (iuris.jp, sn-hoki.co.jp); dose counts and intervals are in
  // 予防接種実施規則 (e-Gov 333M50000100027); the 標準的な接種期間 is in 厚生労働省「定期接種実施要領」, section number as
  // transcribed from https://www.mhlw.go.jp/content/001744583.pdf (令和8年10月1日改正) by a public calculator, not read here.
  // The per-product limits are in 予防接種法施行規則 (e-Gov 323M40000100036, 2条の2・2条の3 per the same calculator).
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・同法施行規則（5種混合ワクチンは生後90月まで）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」第2の1（1）（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '生後2か月から90か月になるまでに4回。1〜3回目は20日以上あけて（21日後から。標準は20〜56日の間隔）、4回目は3回目から6か月以上あけて受けます（標準は6〜18か月後）。2024年3月までに接種を始める時期だった子は4種混合とHibで続けます。',
  // The generation boundary is the first dose's due day 2024-03-31, not 04-01: a child who reached 2 months on
  // 2024-03-31 (born 2024-02-01; a Sunday, no clinic day left under 4種混合) starts on 5種混合, as clinics and
  // municipalities say "2024年2月以降生まれは5種混合" (坂東市 https://www.city.bando.lg.jp/page/page009957.html).
  // Records decide first: a recorded dose of either series keeps that series.
  routineFrom: '2024-03-31',
  sibling: 'dtp-ipv',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        months: 90,
      },
      recommended: { from: { from: 'age', months: 2 }, to: { from: 'age', months: 7 } },
    },
    {
      n: 2,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 1,
        days: 20,
      },
      recommended: { from: { from: 'dose', dose: 1, days: 20 }, to: { from: 'dose', dose: 1, days: 56 } },
    },
    {
      n: 3,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 2,
        days: 20,
      },
      recommended: { from: { from: 'dose', dose: 2, days: 20 }, to: { from: 'dose', dose: 2, days: 56 } },
    },
    {
      n: 4,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 3,
        months: 6,
      },
      recommended: { from: { from: 'dose', dose: 3, months: 6 }, to: { from: 'dose', dose: 3, months: 18 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation for Enforcement of the Immunization Act (the 5-in-1 vaccine up to 90 months of age); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.1(1) (standard period)',
    rule: '4 doses from 2 months to before 90 months of age. Doses 1 to 3 at least 20 days apart (from 21 days after; standard interval 20 to 56 days); dose 4 at least 6 months after dose 3 (standard 6 to 18 months after). Children due to start before April 2024 continue with the 4-in-1 vaccine and Hib.',
  },
} satisfies VaccineInput;
