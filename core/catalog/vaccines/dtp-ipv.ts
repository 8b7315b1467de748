import type { VaccineInput } from '../schema';

/**
 * 4種混合 (DPT-IPV) for the generation that started before 5種混合 became routine (2024-04-01): they
 * finish on 4種混合 (+ Hib, not shown yet). Same routine window as 5種混合 (施行令3条: 生後2月から90月に
 * 至るまで) and intervals (予防接種実施規則: 初回3回 20日以上, 追加 初回終了後6か月以上); the standard
 * booster is 12–18 months after the third dose (定期接種実施要領).
 */
export default {
  id: 'dtp-ipv',
  title: {
    ja: '4種混合（DPT-IPV）',
    en: 'DTaP-IPV',
  },
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '2024年3月までに接種を始める時期だった子の4種混合: 生後2か月から90か月になるまでに4回。1〜3回目は20日以上あけて（21日後から）、4回目は3回目から6か月以上あけて受けます（標準は12〜18か月後）。Hibは別に受けます。',
  // The generation boundary is the first dose's due day 2024-03-31, not 04-01: a child who reached 2 months on
  // 2024-03-31 (born 2024-02-01; a Sunday, no clinic day left under 4種混合) starts on 5種混合, as clinics and
  // municipalities say "2024年2月以降生まれは5種混合" (坂東市 https://www.city.bando.lg.jp/page/page009957.html).
  // Records decide first: a recorded dose of either series keeps that series.
  routineUntil: '2024-03-31',
  sibling: 'dtp-ipv-hib',
  doses: [
    {
      n: 1,
      opens: { from: 'age', months: 2 },
      closes: { from: 'age', months: 90 },
      // 標準: 生後2月に達した時から生後7月に達するまで (since 2023-04; before, from 3 months).
      recommended: { from: { from: 'age', months: 2 }, to: { from: 'age', months: 7 } },
    },
    {
      n: 2,
      opens: { from: 'age', months: 2 },
      closes: { from: 'age', months: 90 },
      after: { dose: 1, days: 20 },
      recommended: { from: { from: 'dose', dose: 1, days: 20 }, to: { from: 'dose', dose: 1, days: 56 } },
    },
    {
      n: 3,
      opens: { from: 'age', months: 2 },
      closes: { from: 'age', months: 90 },
      after: { dose: 2, days: 20 },
      recommended: { from: { from: 'dose', dose: 2, days: 20 }, to: { from: 'dose', dose: 2, days: 56 } },
    },
    {
      n: 4,
      opens: { from: 'age', months: 2 },
      closes: { from: 'age', months: 90 },
      after: { dose: 3, months: 6 },
      recommended: { from: { from: 'dose', dose: 3, months: 12 }, to: { from: 'dose', dose: 3, months: 18 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" (standard period)',
    rule: 'The 4-in-1 vaccine for children due to start before April 2024: 4 doses from 2 months to before 90 months of age. Doses 1 to 3 at least 20 days apart (from 21 days after); dose 4 at least 6 months after dose 3 (standard 12 to 18 months after). Hib is given separately.',
  },
} satisfies VaccineInput;
