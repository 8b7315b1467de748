import type { ServiceInput } from '../schema';

export default {
  id: 'birth-registration',
  title: {
    ja: '出生届',
    en: 'Birth registration',
  },
  kind: 'procedure',
  concerns: 'child',
  group: 'birth',
  conditions: [],
  opens: {
    from: 'birth',
  },
  due: {
    from: 'named',
    name: 'birth-registration-deadline',
  },
  closes: null,
  filedAt: 'municipality',
  // 地方自治法 is e-Gov 322AC0000000067 (4条の2第4項: a deadline on a 地方公共団体の休日 moves to the next open day).
  legalBasis: '戸籍法49条（14日以内）・43条（初日算入）・137条（過料）、地方自治法4条の2第4項（休日の延長）',
  source: 'https://laws.e-gov.go.jp/law/322AC0000000224#Mp-At_49',
  documents: ['出生届（出生証明書つき）', '母子健康手帳'],
  online: true,
  rule: '生まれた日を1日目として14日以内に届け出ます。最終日が土日祝・年末年始（12/29〜1/3）なら次の開庁日まで延びます。期限を過ぎても届出の義務は残ります（過料の対象になることがあります）。',
  appliesWhen: 'お子さんが生まれたら必ず必要です。',
  en: {
    legalBasis:
      'Family Register Act art. 49 (within 14 days), art. 43 (the first day counts), art. 137 (non-criminal fine); Local Autonomy Act art. 4-2(4) (deadline moved past closed days)',
    documents: [
      'Birth registration form with the birth certificate (出生届)',
      'Maternal and Child Health Handbook (母子健康手帳)',
    ],
    rule: 'Register the birth within 14 days, counting the day of birth as day 1. If the last day is a weekend, a public holiday or in the New Year closure (Dec 29 to Jan 3), the deadline moves to the next day the office is open. After the deadline you must still register (a fine may be charged).',
    appliesWhen: 'Always needed when a child is born.',
  },
} satisfies ServiceInput;
