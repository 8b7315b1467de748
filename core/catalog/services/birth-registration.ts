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
  legalBasis: '戸籍法49条・43条・137条、地方自治法4条の2',
  source: 'https://laws.e-gov.go.jp/law/322AC0000000224',
  documents: ['出生届（出生証明書つき）', '母子健康手帳'],
  online: true,
  rule: '生まれた日を1日目として14日以内に届け出ます。最終日が土日祝・年末年始（12/29〜1/3）なら次の開庁日まで延びます。期限を過ぎても届出の義務は残ります（過料の対象になることがあります）。',
  appliesWhen: 'お子さんが生まれたら必ず必要です。',
} satisfies ServiceInput;
