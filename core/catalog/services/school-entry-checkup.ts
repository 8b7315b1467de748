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
  // 学校保健安全法 is e-Gov 333AC0000000056 (11条: 就学時の健康診断); its 施行令 333CO0000000174 (1条: 学齢簿の作成後、
  // 翌学年の初めから4月前〔支障がなければ3月前〕まで), read in the legaldoc.jp mirror of the 2026-04 text.
  source: 'https://laws.e-gov.go.jp/law/333CO0000000174#Mp-At_1',
  documents: ['就学時健康診断の通知'],
  online: false,
  rule: '小学校に入る前の年の秋（学齢簿ができた後、入学の4か月前まで）に、教育委員会が健康診断を行います。通知が届きます。',
  appliesWhen: '翌年4月に小学校に入るお子さんが対象です。',
  en: {
    legalBasis: 'School Health and Safety Act art. 11; Order for Enforcement of the same Act art. 1',
    documents: ['The notice of the school entry health check'],
    rule: 'In the autumn before primary school (after the school register is made, up to 4 months before entry), the board of education holds a health check. A notice is sent to you.',
    appliesWhen: 'Applies to children who start primary school next April.',
  },
} satisfies ServiceInput;
