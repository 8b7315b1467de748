import type { VaccineInput } from '../schema';

export default {
  id: 'je-phase2',
  title: {
    ja: '日本脳炎（2期）',
    en: 'Japanese encephalitis (phase 2)',
  },
  // 予防接種法施行令3条: 日本脳炎 2期 is 9歳以上13歳未満 (one dose, 予防接種実施規則); the 標準的な接種期間 is 9歳に達した時から
  // 10歳に達するまでの期間 (定期接種実施要領 第2の3（1）, the same section as 1期 — as transcribed, see je.ts).
  // 「13歳未満」 is read as the other routine windows are: to the day 13 is reached (the eve of the birthday).
  legalBasis:
    '予防接種法5条1項・同法施行令3条（2期: 9歳以上13歳未満）・予防接種実施規則（回数）・厚生労働省「定期接種実施要領」第2の3（1）（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '2期は9歳から13歳になる前まで（13歳の誕生日の前日まで）に1回、公費で受けられます（標準的な時期は9歳のうち）。',
  doses: [
    {
      n: 1,
      opens: { from: 'age', years: 9 },
      closes: { from: 'age', years: 13 },
      recommended: { from: { from: 'age', years: 9 }, to: { from: 'age', years: 10 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (phase 2: from age 9 to under 13); Regulation on Immunization Procedures (number of doses); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" part 2.3(1) (standard period)',
    rule: 'Phase 2: one free dose from age 9 to before age 13 (until the day before the 13th birthday); the standard time is at age 9.',
  },
} satisfies VaccineInput;
