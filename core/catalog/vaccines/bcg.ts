import type { VaccineInput } from '../schema';

export default {
  id: 'bcg',
  title: {
    ja: 'BCG',
    en: 'BCG',
  },
  legalBasis: '予防接種法5条・予防接種実施要領（定期接種）',
  source: 'https://www.city.ikoma.lg.jp/0000034863.html',
  rule: '1歳になる前に1回。標準は生後5〜8か月です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        months: 5,
      },
      closes: {
        from: 'age',
        years: 1,
      },
    },
  ],
} satisfies VaccineInput;
