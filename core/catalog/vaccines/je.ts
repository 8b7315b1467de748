import type { VaccineInput } from '../schema';

export default {
  id: 'je',
  title: {
    ja: '日本脳炎（1期）',
    en: 'Japanese encephalitis (phase 1)',
  },
  legalBasis: '予防接種法5条・予防接種実施要領（定期接種）',
  source: 'https://www.city.ikoma.lg.jp/0000034863.html',
  rule: '1期は生後6か月から90か月未満に3回（標準は3歳から）。1・2回目は6日以上あけ、3回目は2回目の6か月以上後（標準おおむね1年後）です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        years: 3,
      },
      closes: {
        from: 'age',
        months: 90,
      },
    },
    {
      n: 2,
      opens: {
        from: 'age',
        years: 3,
      },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 1,
        days: 6,
      },
    },
    {
      n: 3,
      opens: {
        from: 'age',
        years: 3,
      },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 2,
        months: 6,
      },
    },
  ],
} satisfies VaccineInput;
