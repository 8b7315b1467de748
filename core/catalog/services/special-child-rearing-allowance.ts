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
  // 特別児童扶養手当等の支給に関する法律 (昭和39年法律第134号): 第二章 is 3条〜16条; 5条 is the 認定 (cited so by its
  // 施行規則1条, jplaws.app). The e-Gov ID is not confirmed, so the source is the 厚生労働省 page.
  legalBasis: '特別児童扶養手当等の支給に関する法律3条（支給要件）・4条（手当額: 1級・2級）・5条（認定）',
  source: 'https://www.mhlw.go.jp/bunya/shougaihoken/jidou/huyou.html',
  unverified:
    '法のe-Gov法令ID（339AC0000000134と推定）は検索で確かめられず、出典は厚生労働省のページにしています。3条・4条の見出しは未確認（5条の認定は施行規則で確認）',
  documents: ['認定請求書', '診断書'],
  online: false,
  amount: {
    yen: 56800,
    per: 'month',
  },
  rule: '20歳未満で障害のあるお子さんを育てている人に支給されます（1級と2級で額が違い、毎年4月に改定）。都道府県などの認定を受け、市区町村で申請します。所得制限があります。',
  appliesWhen: 'お子さんの障害が記録されているときに対象になります。',
} satisfies ServiceInput;
