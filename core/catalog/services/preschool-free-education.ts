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
  opens: {
    from: 'school-year-end',
    age: 3,
    days: 1,
  },
  due: null,
  closes: {
    from: 'school-entry',
    days: -1,
  },
  filedAt: 'municipality',
  legalBasis: '子ども・子育て支援法（2019年10月〜）',
  source: 'https://www.city.oyama.tochigi.jp/kosodate-kyouiku/mokuteki/azukeru/page000489.html',
  documents: ['施設等利用給付認定申請書（幼稚園・認可外の場合）'],
  online: false,
  amount: {
    yen: 25700,
    per: 'month',
  },
  rule: '3歳になった後の4月1日から小学校入学前まで、幼稚園・保育所・認定こども園の利用料が無料になります（幼稚園は月2.57万円まで、預かり保育は1.13万円まで、認可外は3.7万円まで）。',
  appliesWhen: '3歳になった後の4月から対象です。',
} satisfies ServiceInput;
