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
  // Researcher's note: the e-Gov law ID (assumed 339AC0000000134) was not confirmed by search, so the source is the
  // ministry page; the headings of 3条・4条 are not read (5条's 認定 is confirmed through the 施行規則).
  unverified:
    '法律の原文の一部（条文の見出し）はまだ確かめられていません。手続きの細かい点は市区町村の窓口で確認してください',
  documents: ['認定請求書', '診断書'],
  online: false,
  amount: {
    yen: 56800,
    per: 'month',
  },
  rule: '20歳未満で障害のあるお子さんを育てている人に支給されます（1級と2級で額が違い、毎年4月に改定）。都道府県などの認定を受け、市区町村で申請します。所得制限があります。',
  appliesWhen: 'お子さんの障害が記録されているときに対象になります。',
  en: {
    legalBasis:
      'Act on Special Child Rearing Allowances, etc. art. 3 (who can receive it), art. 4 (amounts: grade 1 and grade 2), art. 5 (approval)',
    documents: ['Claim form for approval (認定請求書)', 'Medical certificate (診断書)'],
    rule: 'Paid to people raising a child under 20 with a disability (the amount differs between grade 1 and grade 2 and is revised every April). The prefecture or similar approves it; you apply at the municipality. There is an income limit.',
    appliesWhen: 'Applies when a disability of the child is recorded.',
    unverified:
      'Part of the original text of the law (the headings of its articles) is not yet confirmed. Check the details of the procedure at the municipal office.',
  },
} satisfies ServiceInput;
