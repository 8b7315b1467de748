import type { ServiceInput } from '../schema';

export default {
  id: 'preschool-free-education',
  title: {
    ja: '幼児教育・保育の無償化',
    en: 'Free preschool education and childcare',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'childcare',
  conditions: [
    {
      when: 'born',
    },
  ],
  // 幼稚園・こども園1号は満3歳から (保育所・2号は3歳になった後の4月1日から: the adjustment's facts).
  opens: {
    from: 'age',
    years: 3,
  },
  due: null,
  closes: {
    from: 'school-entry',
    days: -1,
  },
  filedAt: 'municipality',
  // 子育てのための施設等利用給付 is 第二章第五節, 30条の2〜30条の11 (table of contents of the 2026-04 text, legaldoc.jp
  // mirror of e-Gov 424AC0000000065). こども家庭庁: https://www.cfa.go.jp/policies/kokoseido/mushouka/gaiyou/
  legalBasis:
    '子ども・子育て支援法30条の2〜30条の11（子育てのための施設等利用給付, 2019年10月〜）。保育所・認定こども園は同法の利用者負担',
  source: 'https://laws.e-gov.go.jp/law/424AC0000000065#Mp-At_30_2',
  // Researcher's note: the provision making the fee zero (利用者負担額 in the 施行令) is not read.
  unverified: '保育所・認定こども園の保育料が0円になる細かい規定は、まだ原文で確かめていません',
  documents: ['施設等利用給付認定申請書（幼稚園・認可外の場合）'],
  online: false,
  amount: {
    yen: 25700,
    per: 'month',
  },
  rule: '幼稚園・認定こども園（1号）は満3歳から、保育所・認定こども園（2号）は3歳になった後の4月1日から、小学校入学前まで、幼稚園・保育所・認定こども園の利用料が無料になります（幼稚園は月2.57万円まで、預かり保育は1.13万円まで、認可外は3.7万円まで）。',
  appliesWhen: '幼稚園は満3歳から、保育所は3歳になった後の4月から対象です。',
  en: {
    legalBasis:
      'Child and Child-Rearing Support Act art. 30-2 to 30-11 (facility use benefits for child-rearing, from October 2019); for nursery schools and centres for early childhood education, the fees set under the same Act',
    documents: [
      'Application for facility use benefit approval (for kindergartens and unlicensed facilities)',
    ],
    rule: "Fees at kindergartens, nursery schools and centres for early childhood education become free until primary school: at kindergartens and centres (type 1) from the child's 3rd birthday, at nursery schools and centres (type 2) from the April 1 after the child turns 3. Limits: kindergartens up to 25,700 yen a month, extended hours up to 11,300 yen, unlicensed facilities up to 37,000 yen.",
    appliesWhen:
      'Kindergartens from the 3rd birthday; nursery schools from the April after the child turns 3.',
    unverified:
      'The detailed rule that makes nursery and centre fees zero is not yet confirmed in the original text.',
  },
} satisfies ServiceInput;
