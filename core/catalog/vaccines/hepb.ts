import type { VaccineInput } from '../schema';

export default {
  id: 'hepb',
  title: {
    ja: 'B型肝炎',
    en: 'Hepatitis B',
  },
  legalBasis: '予防接種法5条・予防接種実施要領（定期接種）',
  source: 'https://www.city.ikoma.lg.jp/0000034863.html',
  rule: '1歳になる前に3回。2回目は1回目の27日以上後、3回目は1回目の139日以上後。標準は生後2・3・7〜8か月です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        years: 1,
      },
    },
    {
      n: 2,
      opens: {
        from: 'age',
        months: 2,
      },
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
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        years: 1,
      },
      after: {
        dose: 1,
        days: 139,
      },
    },
  ],
} satisfies VaccineInput;
