import type { ServiceInput } from '../schema';

export default {
  id: 'pregnancy-support-payment-2',
  title: {
    ja: '妊婦のための支援給付（2回目・胎児数の届出）',
    en: 'Pregnancy support payment (second part)',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'money',
  conditions: [
    {
      when: 'born-on-or-after',
      date: '2025-04-01',
    },
  ],
  opens: {
    from: 'birth',
    orExpected: true,
    days: -56,
  },
  due: null,
  closes: null,
  filedAt: 'municipality',
  // 法10条の13第1項 (胎児の数の届出), cited by 加東市 要綱 2条 (see pregnancy-support-payment-1.ts).
  legalBasis: '子ども・子育て支援法10条の12（妊婦支援給付金）・10条の13（胎児の数の届出）, 2025年4月〜',
  source: 'https://laws.e-gov.go.jp/law/424AC0000000065#Mp-At_10_13',
  documents: ['妊婦本人名義の口座'],
  online: false,
  amount: {
    yen: 50000,
    per: 'fetus',
  },
  rule: '出産予定日の8週間前の日から「胎児の数の届出」ができ、胎児1人につき5万円が支給されます。申請できるのはその日から2年間です。流産・死産の場合も対象です。',
  appliesWhen: '2025年4月以降に出産する（した）場合に対象になります。',
  en: {
    legalBasis:
      'Child and Child-Rearing Support Act art. 10-12 (pregnancy support payment), art. 10-13 (notification of the number of babies), from April 2025',
    documents: ["A bank account in the pregnant woman's own name"],
    rule: 'From the day 8 weeks before the due date you can notify the number of babies you are expecting, and 50,000 yen is paid per baby. You can apply for 2 years from that day. This also applies after a miscarriage or stillbirth.',
    appliesWhen: 'Applies when the birth is (or was) in April 2025 or later.',
  },
} satisfies ServiceInput;
