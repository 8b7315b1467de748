import type { ServiceInput } from '../schema';

/**
 * 障害児福祉手当 (特別児童扶養手当等の支給に関する法律17条・18条): paid to a child under 20 living at home whose
 * disability is so severe that constant care is needed in daily life (the 政令's degree), claimed by the
 * guardian at the municipality (福祉事務所). Paid in February, May, August and November for the three months
 * before. Not paid while the child lives in a facility or receives a disability pension, and limited by the
 * income of the child, its spouse and the 扶養義務者 (the parents): adjustment in
 * core/journey/adjustments/special-child-rearing-allowance.ts, amounts in core/benefits/fiscal-year-amounts.ts.
 *
 * Sources: 厚生労働省 「障害児福祉手当について」 (https://www.mhlw.go.jp/bunya/shougaihoken/jidou/hukushi.html,
 * as cited by OpenFisca-Japan's parameters and municipal pages: 宇和島市, 多久市, 田川市). The household records a
 * disability and its 特児 grade, not the need for constant care: the item is shown for every recorded disability
 * and says which children it is for.
 */
export default {
  id: 'disabled-child-welfare-allowance',
  title: {
    ja: '障害児福祉手当',
    en: 'Welfare allowance for children with severe disabilities',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'support',
  conditions: [
    {
      when: 'disability',
    },
    {
      when: 'born',
    },
  ],
  opens: {
    from: 'birth',
  },
  due: null,
  closes: {
    from: 'age',
    years: 20,
  },
  filedAt: 'municipality',
  legalBasis: '特別児童扶養手当等の支給に関する法律17条（支給要件）・18条（手当額）',
  source: 'https://www.mhlw.go.jp/bunya/shougaihoken/jidou/hukushi.html',
  // Researcher's note: the articles of the 所得制限 (the 障害児福祉手当 chapter of the Act and its 施行令) are not read;
  // the limits are those published by 厚生労働省 and municipalities.
  unverified:
    '所得制限の細かい規定は、法令の原文ではまだ確かめていません（公表されている限度額で表示しています）',
  documents: ['認定請求書', '診断書（所定の様式）', '所得の証明（必要な場合）'],
  online: false,
  amount: {
    yen: 16100,
    per: 'month',
  },
  rule: '20歳未満で、重い障害のため日常生活でいつも介護が必要なお子さん（在宅）に支給されます。2月・5月・8月・11月に3か月分ずつ支払われます。施設に入所しているときや、障害を理由とする年金を受けているときは支給されません。本人・配偶者・扶養義務者（親など）の所得による制限があります。',
  appliesWhen: 'お子さんの障害が記録されていて、いつも介護が必要な重い障害のときに対象になります。',
  en: {
    legalBasis:
      'Act on Special Child Rearing Allowances, etc. art. 17 (who can receive it), art. 18 (amount)',
    documents: [
      'Claim form for approval (認定請求書)',
      'Medical certificate on the prescribed form (診断書)',
      'Proof of income (where needed)',
    ],
    rule: 'Paid to a child under 20 living at home whose disability is so severe that constant care is needed in daily life. It is paid in February, May, August and November, three months at a time. It is not paid while the child lives in a care facility or receives a disability pension. It is limited by the income of the child, a spouse and the person legally bound to support the child (such as a parent).',
    appliesWhen:
      'Applies when a disability of the child is recorded and it is so severe that constant care is needed.',
    unverified:
      'The detailed rules of the income limit are not yet confirmed in the original text of the law (the published limits are used).',
  },
} satisfies ServiceInput;
