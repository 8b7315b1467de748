import type { ServiceInput } from '../schema';

export default {
  id: 'checkup-1m',
  title: {
    ja: '1か月児健康診査',
    en: '1-month check-up',
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
    months: 1,
  },
  due: null,
  closes: {
    from: 'age',
    months: 2,
  },
  filedAt: 'health-centre',
  legalBasis: '母子保健法13条',
  source: 'https://dictionary.goo.ne.jp/word/乳幼児健康診査/',
  documents: ['母子健康手帳', '受診票・問診票'],
  online: false,
  rule: '1か月児健康診査は決められた月齢のあいだに受けます。多くの市区町村では案内が届き、無料で受けられます。',
  appliesWhen: '生まれたお子さんが対象です。',
} satisfies ServiceInput;
