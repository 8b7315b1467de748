import type { ServiceInput } from '../schema';

export default {
  id: 'newborn-home-visit',
  title: {
    ja: '新生児訪問・乳児家庭全戸訪問（出生連絡票）',
    en: 'Newborn home visit',
  },
  kind: 'visit',
  concerns: 'child',
  group: 'birth',
  conditions: [],
  opens: {
    from: 'birth',
  },
  due: {
    from: 'birth',
    days: 28,
  },
  closes: {
    from: 'age',
    months: 4,
  },
  filedAt: 'health-centre',
  // 児童福祉法 is e-Gov 322AC0000000164 (6条の3第4項: 乳児家庭全戸訪問事業). The 28 days are the definition of 新生児
  // (母子保健法6条: 出生後28日を経過しない乳児); the 60 days for 里帰り are municipal practice (S24 in the fact sheet).
  legalBasis: '母子保健法11条（新生児の訪問指導）・児童福祉法6条の3第4項（乳児家庭全戸訪問事業）',
  source: 'https://laws.e-gov.go.jp/law/340AC0000000141#Mp-At_11',
  documents: ['出生連絡票（母子健康手帳についているはがき）'],
  online: false,
  rule: '出生連絡票を出すと、保健師や助産師が家に来て赤ちゃんの体重や育児の相談にのります。新生児訪問は生後28日以内（里帰りは60日）、全戸訪問は生後4か月までです。',
  appliesWhen: 'お子さんが生まれたら対象になります。',
  en: {
    legalBasis:
      'Maternal and Child Health Act art. 11 (home visits for newborns); Child Welfare Act art. 6-3(4) (home visits to all families with a baby)',
    documents: ['Birth notice postcard (出生連絡票), attached to the Maternal and Child Health Handbook'],
    rule: "When you send the birth notice postcard, a public health nurse or midwife visits your home to check the baby's weight and talk about caring for the baby. The newborn visit is within 28 days of the birth (60 days if you stay with family elsewhere); the visit to every family is by 4 months of age.",
    appliesWhen: 'Applies when a child is born.',
  },
} satisfies ServiceInput;
