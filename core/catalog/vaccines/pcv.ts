import type { VaccineInput } from '../schema';

export default {
  id: 'pcv',
  title: {
    ja: '小児肺炎球菌',
    en: 'Pneumococcal conjugate',
  },
  legalBasis: '予防接種法5条・予防接種実施要領（定期接種）',
  source: 'https://www.city.ikoma.lg.jp/0000034863.html',
  catchUp: 'pcv',
  rule: '生後2か月から60か月未満。始めた月齢で回数が変わります: 2〜6か月で始めたら3回＋追加1回、7〜11か月なら2回＋追加1回、12〜23か月なら60日以上あけて2回、24〜59か月なら1回です。追加接種は1歳以降、前の回から60日以上後です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        months: 60,
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
        months: 60,
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
        years: 2,
      },
      after: {
        dose: 2,
        days: 27,
      },
    },
    {
      n: 4,
      opens: {
        from: 'age',
        years: 1,
      },
      closes: {
        from: 'age',
        months: 60,
      },
      after: {
        dose: 3,
        days: 60,
      },
    },
  ],
} satisfies VaccineInput;
