import type { ServiceInput } from '../schema';

export default {
  id: 'nursery-application',
  title: {
    ja: '保育所等の入所申込み（4月入所）',
    en: 'Nursery application (April admission)',
  },
  kind: 'procedure',
  concerns: 'child',
  group: 'childcare',
  conditions: [],
  opens: null,
  due: null,
  closes: null,
  filedAt: 'municipality',
  // 子ども・子育て支援法 is e-Gov 424AC0000000065 (19条: 1号〜3号; 20条: the 認定 application). The application rounds
  // are municipal: the journey replaces this source with the municipality's own page (municipalities/*.ts).
  legalBasis: '子ども・子育て支援法19条（認定区分）・20条（教育・保育給付認定の申請）',
  source: 'https://laws.e-gov.go.jp/law/424AC0000000065#Mp-At_20',
  documents: ['教育・保育給付認定申請書兼入所申込書', '就労証明書'],
  online: true,
  rule: '4月入所の申込みは前年の秋（ふつう10〜11月）に受け付けます。4月以外は毎月募集があり、締切は前月の決められた日です。点数（指数）で選考されます。',
  appliesWhen: '保育が必要（就労など）で、小学校入学前のお子さんが対象です。',
  en: {
    legalBasis:
      'Child and Child-Rearing Support Act art. 19 (categories of approval), art. 20 (application for approval of education and childcare benefits)',
    documents: [
      'Application for benefit approval and nursery admission',
      'Employment certificate from your workplace',
    ],
    rule: 'Applications for April admission are taken in the autumn before (usually October to November). For other months there is a call every month, with the deadline on a set day of the month before. Places are given by points.',
    appliesWhen:
      'Applies to children before primary school who need childcare (because the parents work, for example).',
  },
} satisfies ServiceInput;
