import type { ServiceInput } from '../schema';

export default {
  id: 'child-medical-subsidy',
  title: {
    ja: '子ども医療費助成（医療証）',
    en: 'Child medical expense subsidy',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'money',
  conditions: [],
  opens: {
    from: 'birth',
  },
  due: null,
  closes: {
    from: 'school-year-end',
    age: 18,
  },
  filedAt: 'municipality',
  legalBasis: '市区町村の条例（国の基準はありません）',
  // No national law: each municipality's 条例. The journey replaces this source with the municipality's own page
  // (municipalities/*.ts) or the national default, so the catalog entry cites the national default too: こども家庭庁
  // 令和7年度「こどもに係る医療費の助成についての調査」 (every municipality's age limit, income limit and copay).
  source: 'https://www.cfa.go.jp/policies/boshihoken/kodomoiryouhityousa-r7/',
  documents: ['子どもの健康保険の資格がわかるもの（資格確認書など）', '申請書'],
  online: false,
  rule: '医療証があると、病院の窓口での自己負担が助成されます。対象年齢・自己負担・所得制限は市区町村の条例で決まります。健康保険に加入したらすぐ申請します。',
  appliesWhen: 'お住まいの市区町村の対象年齢までのお子さんが対象です。',
  en: {
    legalBasis: 'Municipal ordinance (there is no national rule)',
    documents: [
      "A paper showing the child's health insurance (such as the eligibility certificate)",
      'Application form',
    ],
    rule: "With the medical subsidy certificate, what you pay at the hospital counter is covered. The ages covered, the co-payment and any income limit are set by your municipality's ordinance. Apply as soon as the child has health insurance.",
    appliesWhen: 'Applies to children up to the age your municipality covers.',
  },
} satisfies ServiceInput;
