import type { ServiceInput } from '../schema';

export default {
  id: 'school-entry-checkup',
  title: {
    ja: '就学時健康診断',
    en: 'School entry health check',
  },
  kind: 'check-up',
  concerns: 'child',
  group: 'school',
  conditions: [
    {
      when: 'born',
    },
  ],
  opens: {
    from: 'school-entry',
    months: -6,
  },
  due: null,
  closes: {
    from: 'school-entry',
    months: -4,
    days: -1,
  },
  filedAt: 'school-board',
  legalBasis: '学校保健安全法11条・同法施行令1条',
  source:
    'https://legaldoc.jp/elaws/elaws-view?cid=1&fid=333CO0000000174_20260401_507CO0000000258&id=333CO0000000174',
  documents: ['就学時健康診断の通知'],
  online: false,
  rule: '小学校に入る前の年の秋（学齢簿ができた後、入学の4か月前まで）に、教育委員会が健康診断を行います。通知が届きます。',
  appliesWhen: '翌年4月に小学校に入るお子さんが対象です。',
} satisfies ServiceInput;
