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
  legalBasis: '健康保険法施行規則38条（被扶養者は5日以内）・国民健康保険法施行規則（14日以内）',
  source: 'https://ja.wikibooks.org/wiki/健康保険法施行規則第38条',
  documents: ['被扶養者（異動）届 または 国民健康保険 資格取得届', '母子健康手帳'],
  online: false,
  rule: '親が勤務先の健康保険なら、勤務先を通じて5日以内に被扶養者の届出をします。国民健康保険なら世帯主が14日以内に市区町村へ届け出ます。遅れると保険料をさかのぼって払うことがあります。',
  appliesWhen: 'お子さんが生まれたら必ず必要です。',
} satisfies ServiceInput;
