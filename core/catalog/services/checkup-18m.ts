import type { ServiceInput } from '../schema';

export default {
  id: 'checkup-18m',
  title: {
    ja: '1歳6か月児健康診査',
    en: '18-month check-up',
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
    months: 18,
  },
  due: null,
  closes: {
    from: 'age',
    years: 2,
  },
  filedAt: 'health-centre',
  legalBasis: '母子保健法12条（法定健診）',
  source: 'https://dictionary.goo.ne.jp/word/乳幼児健康診査/',
  documents: ['母子健康手帳', '受診票・問診票'],
  online: false,
  rule: '1歳6か月児健康診査は決められた月齢のあいだに受けます。多くの市区町村では案内が届き、無料で受けられます。',
  appliesWhen: '生まれたお子さんが対象です。',
} satisfies ServiceInput;
