import type { ServiceInput } from '../schema';

export default {
  id: 'child-rearing-allowance',
  title: {
    ja: '児童扶養手当',
    en: 'Child-rearing allowance (single parents)',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'support',
  conditions: [
    {
      when: 'single-parent',
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
    from: 'school-year-end',
    age: 18,
  },
  filedAt: 'municipality',
  legalBasis: '児童扶養手当法',
  source: 'https://www.city.itoman.lg.jp/soshiki/16/28376.html',
  documents: ['認定請求書', '戸籍謄本', '口座'],
  online: false,
  amount: {
    yen: 46690,
    per: 'month',
  },
  rule: 'ひとり親などで子を育てている人に支給されます。2025年度の全部支給は第1子月46,690円（所得により一部支給）。奇数月に2か月分ずつ支払われ、8月に現況届があります。',
  appliesWhen: 'ひとり親世帯（または父母の一方が重度障害など）のときに対象になります。',
} satisfies ServiceInput;
