import type { ServiceInput } from '../schema';

export default {
  id: 'maternity-allowance',
  title: {
    ja: '出産手当金',
    en: 'Maternity allowance',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'leave',
  conditions: [
    {
      when: 'guardian-insurance',
      insurance: 'employee',
      relationship: 'mother',
    },
  ],
  opens: {
    from: 'birth',
    orExpected: true,
    days: -42,
  },
  due: null,
  closes: {
    from: 'birth',
    days: 56,
    years: 2,
  },
  filedAt: 'employer',
  // 102条 (出産手当金) is referred to from 99条 (傷病手当金) in the text quoted at https://note.com./airi114/n/n3827c90c05e7;
  // a 共済組合 member's equivalent is in the 共済組合法 (not encoded here).
  legalBasis: '健康保険法102条（出産手当金）・99条2項（日額の計算）',
  source: 'https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_102',
  documents: ['出産手当金支給申請書（医師・事業主の証明欄つき）'],
  online: false,
  rule: '産前42日（多胎は98日）から産後56日までの仕事を休んだ日について、標準報酬日額の3分の2が支給されます。勤務先を通じて健康保険に請求します。',
  appliesWhen: '母が勤務先の健康保険の被保険者のときに対象です（国民健康保険にはありません）。',
} satisfies ServiceInput;
