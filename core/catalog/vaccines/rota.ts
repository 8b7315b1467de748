import type { VaccineInput } from '../schema';

export default {
  id: 'rota',
  title: {
    ja: 'ロタウイルス',
    en: 'Rotavirus',
  },
  legalBasis: '予防接種法5条・予防接種実施要領（定期接種）',
  source: 'https://www.city.ikoma.lg.jp/0000034863.html',
  rule: '1価は2回、5価は3回、27日以上あけて飲みます。1回目は出生6週0日後から14週6日後まで（15週以降は始めません）、最後は1価24週0日後・5価32週0日後までです。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'birth',
        days: 42,
      },
      closes: {
        from: 'birth',
        days: 104,
      },
    },
    {
      n: 2,
      opens: {
        from: 'birth',
        days: 42,
      },
      closes: {
        from: 'birth',
        days: 168,
      },
      after: {
        dose: 1,
        days: 27,
      },
      product: 'monovalent',
    },
    {
      n: 2,
      opens: {
        from: 'birth',
        days: 42,
      },
      closes: {
        from: 'birth',
        days: 224,
      },
      after: {
        dose: 1,
        days: 27,
      },
      product: 'pentavalent',
    },
    {
      n: 3,
      opens: {
        from: 'birth',
        days: 42,
      },
      closes: {
        from: 'birth',
        days: 224,
      },
      after: {
        dose: 2,
        days: 27,
      },
      product: 'pentavalent',
    },
  ],
} satisfies VaccineInput;
