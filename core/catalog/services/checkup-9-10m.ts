import type { ServiceInput } from '../schema';

export default {
  id: 'checkup-9-10m',
  title: {
    ja: '9〜10か月児健康診査',
    en: '9–10-month check-up',
  },
  kind: 'check-up',
  concerns: 'child',
  group: 'check-up',
  conditions: [
    {
      when: 'born',
    },
  ],
  opens: {
    from: 'age',
    months: 9,
  },
  due: null,
  closes: {
    from: 'age',
    months: 11,
  },
  filedAt: 'health-centre',
  legalBasis: '母子保健法13条',
  source: 'https://dictionary.goo.ne.jp/word/乳幼児健康診査/',
  documents: ['母子健康手帳', '受診票・問診票'],
  online: false,
  rule: '9〜10か月児健康診査は決められた月齢のあいだに受けます。多くの市区町村では案内が届き、無料で受けられます。',
  appliesWhen: '生まれたお子さんが対象です。',
} satisfies ServiceInput;
