import type { ServiceInput } from '../schema';

export default {
  id: 'special-child-rearing-allowance',
  title: {
    ja: '特別児童扶養手当',
    en: 'Special child-rearing allowance (disability)',
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
  legalBasis: '特別児童扶養手当等の支給に関する法律',
  source: 'https://www.city.itoman.lg.jp/soshiki/16/28376.html',
  documents: ['認定請求書', '診断書'],
  online: false,
  amount: {
    yen: 56800,
    per: 'month',
  },
  rule: '20歳未満で障害のあるお子さんを育てている人に支給されます（2025年度 1級月56,800円、2級37,830円）。都道府県などの認定を受け、市区町村で申請します。所得制限があります。',
  appliesWhen: 'お子さんの障害が記録されているときに対象になります。',
} satisfies ServiceInput;
