import type { ServiceInput } from '../schema';

export default {
  id: 'pregnancy-support-payment-1',
  title: {
    ja: '妊婦のための支援給付（1回目）',
    en: 'Pregnancy support payment (first part)',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'money',
  // Open from the pregnancy (the due-date convention's 妊娠0週0日, 280 days before the due date: the
  // heartbeat is confirmed within it) and after the birth too; each claim's end is the adjustment's
  // (core/journey/adjustments/pregnancy-support-payment.ts). Births from 2025-04 (the 出産・子育て応援給付金
  // covered those before).
  conditions: [
    {
      when: 'born-on-or-after',
      date: '2025-04-01',
    },
  ],
  opens: {
    from: 'birth',
    orExpected: true,
    days: -280,
  },
  due: null,
  closes: null,
  filedAt: 'municipality',
  // Articles checked (2026-11): 加東市妊婦のための支援給付金事業実施要綱 (令和7年告示第75号) 1条・2条 cite
  // 法10条の2 (the benefit) and 10条の9第1項 (妊婦給付認定):
  // https://www.city.kato.lg.jp/section/reiki/reiki_honbun/r315RG00001380.html
  // 10条の12 (妊婦支援給付金) is cited by 東員町 要綱 2条 (https://www.town.toin.lg.jp/section/reiki/reiki_honbun/i621RG00000923.html).
  legalBasis: '子ども・子育て支援法10条の2・10条の9（妊婦給付認定）・10条の12（妊婦支援給付金）, 2025年4月〜',
  source: 'https://laws.e-gov.go.jp/law/424AC0000000065#Mp-At_10_9',
  documents: ['妊婦本人名義の口座', '個人番号カード'],
  online: false,
  amount: {
    yen: 50000,
    per: 'once',
  },
  rule: '胎児の心拍が確認され、妊婦給付認定を受けると5万円が支給されます。所得制限はありません。面談（伴走型相談）と一緒に申請します。申請できるのは心拍が確認された日から2年間で、生まれたあとでも申請できます。',
  appliesWhen: '2025年4月以降に出産する（した）場合に対象になります。',
  unverified: 'オンライン申請の可否は市区町村ごとに異なります（未確認）',
  en: {
    legalBasis:
      'Child and Child-Rearing Support Act art. 10-2, art. 10-9 (pregnancy benefit approval), art. 10-12 (pregnancy support payment), from April 2025',
    documents: ["A bank account in the pregnant woman's own name", 'My Number Card'],
    rule: "Once the baby's heartbeat has been confirmed and you are approved for the pregnancy benefit, 50,000 yen is paid. There is no income limit. You apply together with a consultation with a health worker. You can apply for 2 years from the day the heartbeat was confirmed, also after the birth.",
    appliesWhen: 'Applies when the birth is (or was) in April 2025 or later.',
    unverified: 'Whether you can apply online differs by municipality (not confirmed).',
  },
} satisfies ServiceInput;
