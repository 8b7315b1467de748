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
  // 児童扶養手当法 (昭和36年法律第238号): 4条 支給要件 and 5条 手当額 (基本額; 2項 加算額 for the 2nd and later
  // children) read in iuris.jp copies; 6条 認定 from the law's structure. The e-Gov ID is not confirmed, so the source
  // is the ministry page (こども家庭庁 児童扶養手当について).
  legalBasis: '児童扶養手当法4条（支給要件）・5条（手当額: 基本額と2人目以降の加算額）・6条（認定）',
  source: 'https://www.cfa.go.jp/policies/hitori-oya/fuyou-teate',
  // Researcher's note: the e-Gov law ID (assumed 336AC0000000238) was not confirmed by search, so the source is the
  // ministry page; the text of 6条 (認定) is not read.
  unverified:
    '法律の原文の一部（認定の手続きの条文）はまだ確かめられていません。手続きの細かい点は市区町村の窓口で確認してください',
  documents: ['認定請求書', '戸籍謄本', '口座'],
  online: false,
  amount: {
    yen: 46690,
    per: 'month',
  },
  rule: 'ひとり親などで子を育てている人に、18歳年度末まで（障害のある子は20歳未満）支給されます。全部支給は第1子の額に、第2子以降1人ごとの加算額を足した額です（所得により一部支給。額は毎年4月に改定）。奇数月に2か月分ずつ支払われ、8月に現況届があります。',
  appliesWhen: 'ひとり親世帯（または父母の一方が重度障害など）のときに対象になります。',
  en: {
    legalBasis:
      'Child Rearing Allowance Act art. 4 (who can receive it), art. 5 (amounts: the base amount and an addition for each further child), art. 6 (approval)',
    documents: [
      'Claim form for approval (認定請求書)',
      'Copy of the family register (戸籍謄本)',
      'A bank account',
    ],
    rule: 'Paid to single parents and others raising a child, until the end of the school year in which the child turns 18 (under 20 for a child with a disability). The full amount is the amount for the first child plus an addition for each further child (part of it, depending on income; amounts are revised every April). It is paid every odd-numbered month, two months at a time, and a status report is due in August.',
    appliesWhen:
      'Applies to single-parent households (or when one parent has a severe disability, for example).',
    unverified:
      'Part of the original text of the law (the article on approval) is not yet confirmed. Check the details of the procedure at the municipal office.',
  },
} satisfies ServiceInput;
