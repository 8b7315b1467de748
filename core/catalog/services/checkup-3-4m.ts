import type { ServiceInput } from '../schema';

export default {
  id: 'checkup-3-4m',
  title: {
    ja: '3〜4か月児健康診査',
    en: '3–4-month check-up',
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
    months: 3,
  },
  due: null,
  closes: {
    from: 'age',
    months: 5,
  },
  filedAt: 'health-centre',
  // Sources (2026-12): check-ups other than the two of 12条 are held under 母子保健法13条 (e-Gov 340AC0000000141) at ages
  // each municipality chooses; こども家庭庁「乳幼児健診に関する取組み」 (https://www.cfa.go.jp/policies/boshihoken/nyuyojikenshin)
  // names the 3–6 and 9–11 month check-ups (交付税) and the 1-month one (国庫補助).
  legalBasis:
    '母子保健法13条（市区町村が必要に応じて行う健康診査。こども家庭庁「乳幼児健診に関する取組み」も参照）',
  source: 'https://laws.e-gov.go.jp/law/340AC0000000141#Mp-At_13',
  documents: ['母子健康手帳', '受診票・問診票'],
  online: false,
  rule: '3〜4か月児健康診査は決められた月齢のあいだに受けます。多くの市区町村では案内が届き、無料で受けられます。',
  appliesWhen: '生まれたお子さんが対象です。',
  en: {
    legalBasis:
      'Maternal and Child Health Act art. 13 (check-ups a municipality offers as needed; see also the Children and Families Agency page on check-ups for babies and young children)',
    documents: ['Maternal and Child Health Handbook (母子健康手帳)', 'Check-up voucher and questionnaire'],
    rule: 'The 3–4-month check-up is taken within a set age range. Most municipalities send you a notice, and it is free.',
    appliesWhen: 'Applies to children who have been born.',
  },
} satisfies ServiceInput;
