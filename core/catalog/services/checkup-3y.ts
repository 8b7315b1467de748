import type { ServiceInput } from '../schema';

export default {
  id: 'checkup-3y',
  title: {
    ja: '3歳児健康診査',
    en: '3-year check-up',
  },
  kind: 'check-up',
  concerns: 'child',
  group: 'check-up',
  conditions: [
    {
      when: 'born',
    },
  ],
  // 母子保健法12条: "満3歳を超え満4歳に達しない幼児": from the day after age 3 is reached.
  opens: {
    from: 'age',
    years: 3,
    days: 1,
  },
  due: null,
  closes: {
    from: 'age',
    years: 4,
  },
  filedAt: 'health-centre',
  // Sources (2026-12): 母子保健法12条1項 (e-Gov 340AC0000000141) obliges the municipality to examine children over
  // 1歳6か月 and under 2 and over 3 and under 4; こども家庭庁「乳幼児健診に関する取組み」
  // (https://www.cfa.go.jp/policies/boshihoken/nyuyojikenshin) says the same.
  legalBasis: '母子保健法12条1項（法定健診。こども家庭庁「乳幼児健診に関する取組み」も参照）',
  source: 'https://laws.e-gov.go.jp/law/340AC0000000141#Mp-At_12',
  documents: ['母子健康手帳', '受診票・問診票'],
  online: false,
  rule: '3歳児健康診査は決められた月齢のあいだに受けます。多くの市区町村では案内が届き、無料で受けられます。',
  appliesWhen: '生まれたお子さんが対象です。',
  en: {
    legalBasis:
      'Maternal and Child Health Act art. 12(1) (check-ups required by law; see also the Children and Families Agency page on check-ups for babies and young children)',
    documents: ['Maternal and Child Health Handbook (母子健康手帳)', 'Check-up voucher and questionnaire'],
    rule: 'The 3-year check-up is taken within a set age range. Most municipalities send you a notice, and it is free.',
    appliesWhen: 'Applies to children who have been born.',
  },
} satisfies ServiceInput;
