import type { VaccineInput } from '../schema';

export default {
  id: 'dtp-ipv-hib',
  title: {
    ja: '5種混合（DPT-IPV-Hib）',
    en: 'DTaP-IPV-Hib',
  },
  legalBasis: '予防接種法5条・予防接種実施要領（定期接種）',
  source: 'https://www.city.ikoma.lg.jp/0000034863.html',
  rule: '生後2か月から90か月未満に4回。1〜3回目は20日以上（標準20〜56日）あけ、4回目は3回目の6か月以上後（標準6〜18か月）です。',
  doses: [
    {
      n: 1,
      opens: {
        from: 'age',
        months: 2,
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
        months: 2,
      },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 1,
        days: 20,
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
        months: 90,
      },
      after: {
        dose: 2,
        days: 20,
      },
    },
    {
      n: 4,
      opens: {
        from: 'age',
        months: 2,
      },
      closes: {
        from: 'age',
        months: 90,
      },
      after: {
        dose: 3,
        months: 6,
      },
    },
  ],
} satisfies VaccineInput;
