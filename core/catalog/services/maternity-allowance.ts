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
  legalBasis: '健康保険法102条',
  source: 'https://www.daredoku.site/11-70-24',
  documents: ['出産手当金支給申請書（医師・事業主の証明欄つき）'],
  online: false,
  rule: '産前42日（多胎は98日）から産後56日までの仕事を休んだ日について、標準報酬日額の3分の2が支給されます。勤務先を通じて健康保険に請求します。',
  appliesWhen: '母が勤務先の健康保険の被保険者のときに対象です（国民健康保険にはありません）。',
} satisfies ServiceInput;
