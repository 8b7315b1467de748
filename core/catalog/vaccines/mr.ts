import type { VaccineInput } from '../schema';

export default {
  id: 'mr',
  title: {
    ja: 'MR（麻しん風しん）',
    en: 'Measles-rubella',
  },
  legalBasis: '予防接種法5条・予防接種実施要領（定期接種）',
  source: 'https://www.city.ikoma.lg.jp/0000034863.html',
  rule: '1期は1歳から2歳になる前まで、2期は小学校入学前の1年間（4月1日〜3月31日）です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        years: 1,
      },
      closes: {
        from: 'age',
        years: 2,
      },
    },
    {
      n: 2,
      opens: {
        from: 'school-entry',
        years: -1,
      },
      closes: {
        from: 'school-entry',
        days: -1,
      },
    },
  ],
} satisfies VaccineInput;
