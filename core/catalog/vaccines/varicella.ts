import type { VaccineInput } from '../schema';

export default {
  id: 'varicella',
  title: {
    ja: '水痘（みずぼうそう）',
    en: 'Varicella',
  },
  legalBasis: '予防接種法5条・予防接種実施要領（定期接種）',
  source: 'https://www.city.ikoma.lg.jp/0000034863.html',
  rule: '1歳から3歳になる前までに2回。2回目は1回目の3か月以上後（標準6〜12か月後）です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        years: 1,
      },
      closes: {
        from: 'age',
        years: 3,
      },
    },
    {
      n: 2,
      opens: {
        from: 'age',
        years: 1,
      },
      closes: {
        from: 'age',
        years: 3,
      },
      after: {
        dose: 1,
        months: 3,
      },
    },
  ],
} satisfies VaccineInput;
