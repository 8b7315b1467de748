import type { ServiceInput } from '../schema';

export default {
  id: 'child-allowance-application',
  title: {
    ja: '児童手当 認定請求',
    en: 'Child allowance application',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'money',
  conditions: [],
  opens: {
    from: 'birth',
  },
  due: {
    from: 'named',
    name: 'child-allowance-deadline',
  },
  closes: null,
  filedAt: 'municipality',
  legalBasis: '児童手当法7条・8条',
  source: 'https://www.city.edogawa.tokyo.jp/e049/qa/kosodate/kosodate/teate/teate007.html',
  documents: ['認定請求書', '請求者名義の口座（公金受取口座なら不要）', '請求者と配偶者の個人番号'],
  online: true,
  rule: '生まれた月のうち、または生まれた日の翌日から15日以内（最終日が閉庁日なら次の開庁日まで）に請求すると、生まれた月の翌月分から支給されます。遅れると、その月の分は受け取れません（さかのぼりなし）。公務員は勤務先に請求します。',
  appliesWhen: 'お子さんが生まれたら（または転入したら）請求します。',
} satisfies ServiceInput;
