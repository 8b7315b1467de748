import type { ServiceInput } from '../schema';

export default {
  id: 'child-health-insurance',
  title: {
    ja: '子どもの健康保険の加入',
    en: 'Health insurance for the child',
  },
  kind: 'procedure',
  concerns: 'child',
  group: 'birth',
  conditions: [],
  opens: {
    from: 'birth',
  },
  due: {
    from: 'birth',
    days: 5,
  },
  closes: null,
  filedAt: 'employer',
  // Sources (2026-12): 健康保険法施行規則 is e-Gov 215M10000008036 (38条: 被扶養者届 within 5 days, via the employer; text
  // on wikibooks and rodo.co.jp, 2024-12 version). 国保: 国民健康保険法9条1項 (e-Gov 333AC0000000192) makes the 世帯主 file,
  // and 国民健康保険法施行規則2条 (e-Gov 333M50000100053) sets 14 days (text at https://kanri.nkdesk.com/low/low33.php and
  // the article list of rodo.co.jp). It is the national 省令, not a municipal 条例. The last day moves past municipal
  // holidays under 地方自治法4条の2第4項 (e-Gov 322AC0000000067).
  legalBasis:
    '健康保険法施行規則38条（被扶養者届は5日以内）・国民健康保険法9条1項・同法施行規則2条（資格取得の届出は14日以内）・地方自治法4条の2第4項',
  source: 'https://laws.e-gov.go.jp/law/333M50000100053#Mp-At_2',
  // Researcher's note: the 14 days for 国保 are read from 国民健康保険法施行規則2条 (資格取得の届出 on coming to live
  // in the area); that a birth falls under it is not confirmed in the full text.
  unverified:
    '国保の「14日以内」が出生にもあてはまることは、法令の原文ではまだ確かめきれていません。早めに届け出てください',
  documents: ['被扶養者（異動）届 または 国民健康保険 資格取得届', '母子健康手帳'],
  online: false,
  rule: '親が勤務先の健康保険なら、勤務先を通じて5日以内に被扶養者の届出をします。国民健康保険なら世帯主が14日以内に市区町村へ届け出ます。遅れると保険料をさかのぼって払うことがあります。',
  appliesWhen: 'お子さんが生まれたら必ず必要です。',
  en: {
    legalBasis:
      'Regulation for Enforcement of the Health Insurance Act art. 38 (dependant notification within 5 days); National Health Insurance Act art. 9(1) and its Regulation for Enforcement art. 2 (enrolment within 14 days); Local Autonomy Act art. 4-2(4)',
    documents: [
      'Dependant notification form, or National Health Insurance enrolment form',
      'Maternal and Child Health Handbook (母子健康手帳)',
    ],
    rule: 'If a parent is insured through work, add the child as a dependant through the employer within 5 days. With National Health Insurance, the head of the household notifies the municipality within 14 days. If you are late, you may have to pay premiums back to the birth.',
    appliesWhen: 'Always needed when a child is born.',
    unverified:
      'That the 14 days of National Health Insurance also apply to a birth is not yet fully confirmed in the original text: report the birth early.',
  },
} satisfies ServiceInput;
