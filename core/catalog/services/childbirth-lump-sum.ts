import type { ServiceInput } from '../schema';

export default {
  id: 'childbirth-lump-sum',
  title: {
    ja: '出産育児一時金',
    en: 'Childbirth lump-sum allowance',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'money',
  conditions: [],
  opens: {
    from: 'birth',
  },
  due: null,
  closes: {
    from: 'birth',
    years: 2,
  },
  filedAt: 'insurer',
  // Checked (2026-11): 101条 (被扶養者の出産は114条) — Wikipedia 出産育児一時金 §概要; the 2-year limit is
  // 健康保険法193条①, counted from the day after the birth (昭3・4・16保理4147号), as listed at
  // https://gyosei.biz/2051/ and by insurers (https://www.phc-kenpo.jp/guide_11.jsp).
  // The amount is 健康保険法施行令36条 (e-Gov 215IO0000000243): ¥488,000, plus up to ¥30,000 (now ¥12,000) for a
  // facility under 産科医療補償制度 = ¥500,000 (text of 36条 on wikibooks; 2023-04 figures at https://shiga-lssa.com/?p=102
  // and in a 国保組合 rule citing 36条, https://g-ishikokuho.jp/?p=3823). 国保: 国民健康保険法58条 (e-Gov 333AC0000000192).
  legalBasis:
    '健康保険法101条・114条（被扶養者）・193条（時効2年）・同法施行令36条（金額）・国民健康保険法58条',
  source: 'https://laws.e-gov.go.jp/law/211AC0000000070#Mp-At_101',
  documents: ['直接支払制度の合意書（医療機関）', '出産費用の領収・明細書'],
  online: false,
  amount: {
    yen: 500000,
    per: 'fetus',
  },
  rule: '子ども1人につき50万円（産科医療補償制度の対象外は48.8万円）。ふつうは「直接支払制度」で健康保険から病院に払われ、費用が少なかったときは差額を請求します。請求できるのは出産の翌日から2年です。',
  appliesWhen: '健康保険（国保を含む）に入っている人の出産で対象になります。',
  en: {
    legalBasis:
      'Health Insurance Act art. 101, art. 114 (dependants), art. 193 (two-year time limit); Order for Enforcement of the Health Insurance Act art. 36 (amount); National Health Insurance Act art. 58',
    documents: [
      'Direct payment agreement with the hospital',
      'Receipt and statement of the childbirth costs',
    ],
    rule: '500,000 yen per baby (488,000 yen where the obstetric compensation system does not apply). Usually your health insurance pays the hospital directly (direct payment system); if the costs were lower, you claim the difference. You can claim for two years from the day after the birth.',
    appliesWhen:
      'Applies to a birth of someone covered by health insurance (including National Health Insurance).',
  },
} satisfies ServiceInput;
