import type { VaccineInput } from '../schema';

export default {
  id: 'hpv',
  title: {
    ja: 'HPV（子宮頸がん予防）',
    en: 'HPV (cervical cancer prevention)',
  },
  // 予防接種法施行令3条: ヒトパピローマウイルス感染症 is for girls from the first day of the school year in which they
  // reach 12 to the last day of the school year in which they reach 16 (小学6年〜高校1年相当); the 標準的な接種期間 is the
  // school year in which they reach 13 (中学1年). Courses (定期接種実施要領; 9価 シルガード9, the vaccine most used since
  // 2023-04): a first dose before 15 → 2 doses, the second 5 months or more after the first (standard 6 months);
  // otherwise 3 doses: the second 1 month or more after the first, the third 3 months or more after the second.
  // Catch-up in force on the date asked: core/journey/vaccines/hpv.ts.
  legalBasis:
    '予防接種法5条1項・同法施行令3条（12歳となる日の属する年度の初日から16歳となる日の属する年度の末日まで、女子）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」（標準的な接種期間: 13歳となる日の属する年度）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  rule: '女の子は小学6年生から高校1年生にあたる年度の3月31日まで、公費で受けられます（標準的な時期は中学1年生）。9価ワクチンで15歳になる前に1回目を受けると2回（2回目は1回目の5か月以上あと）、15歳からは3回です。',
  sex: 'female',
  catchUp: 'hpv',
  doses: [
    {
      n: 1,
      opens: { from: 'school-year-end', age: 11, days: 1 },
      closes: { from: 'school-year-end', age: 16 },
      recommended: {
        from: { from: 'school-year-end', age: 12, days: 1 },
        to: { from: 'school-year-end', age: 13 },
      },
    },
    {
      n: 2,
      opens: { from: 'school-year-end', age: 11, days: 1 },
      closes: { from: 'school-year-end', age: 16 },
      after: { dose: 1, months: 1 },
    },
    {
      n: 3,
      opens: { from: 'school-year-end', age: 11, days: 1 },
      closes: { from: 'school-year-end', age: 16 },
      after: { dose: 2, months: 3 },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (girls, from the school year in which they turn 12 to the school year in which they turn 16); Regulation on Immunization Procedures (doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" (standard period: the school year in which they turn 13)',
    rule: 'Free for girls from the 6th year of primary school to 31 March of the school year of the 1st year of high school (the standard time is the 1st year of junior high school). With the 9-valent vaccine, a first dose before age 15 means 2 doses (the second at least 5 months after the first); from 15 it is 3 doses.',
  },
} satisfies VaccineInput;
