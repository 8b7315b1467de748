import type { VaccineInput } from '../schema';

export default {
  id: 'dt',
  title: {
    ja: '二種混合（DT・2期）',
    en: 'Diphtheria-tetanus (DT, phase 2)',
  },
  // 予防接種法施行令3条: ジフテリア・破傷風 2期 is 11歳以上13歳未満 (one dose of DT, 予防接種実施規則); the 標準的な接種期間 is
  // 11歳に達した時から12歳に達するまでの期間 (定期接種実施要領 第2の1, as transcribed by municipal pages).
  legalBasis:
    '予防接種法5条1項・同法施行令3条（ジフテリア・破傷風 2期: 11歳以上13歳未満）・予防接種実施規則（回数）・厚生労働省「定期接種実施要領」（標準的な接種期間）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '2期は11歳から13歳になる前まで（13歳の誕生日の前日まで）に二種混合（ジフテリア・破傷風）を1回、公費で受けられます（標準的な時期は11歳のうち）。',
  doses: [
    {
      n: 1,
      opens: { from: 'age', years: 11 },
      closes: { from: 'age', years: 13 },
      recommended: { from: { from: 'age', years: 11 }, to: { from: 'age', years: 12 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (diphtheria and tetanus phase 2: from age 11 to under 13); Regulation on Immunization Procedures (number of doses); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" (standard period)',
    rule: 'Phase 2: one free dose of diphtheria-tetanus vaccine from age 11 to before age 13 (until the day before the 13th birthday); the standard time is at age 11.',
  },
} satisfies VaccineInput;
