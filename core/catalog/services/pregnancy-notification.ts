import type { ServiceInput } from '../schema';

export default {
  id: 'pregnancy-notification',
  title: {
    ja: '妊娠届出・母子健康手帳',
    en: 'Pregnancy notification and maternal handbook',
  },
  kind: 'procedure',
  concerns: 'child',
  group: 'pregnancy',
  conditions: [
    {
      when: 'unborn',
    },
  ],
  opens: null,
  due: null,
  closes: {
    from: 'expected-birth',
  },
  filedAt: 'municipality',
  legalBasis: '母子保健法15条（妊娠の届出）・16条（母子健康手帳の交付）',
  source: 'https://laws.e-gov.go.jp/law/340AC0000000141#Mp-At_15',
  documents: [
    '個人番号カード（または通知カード＋本人確認書類）',
    '医療機関で妊娠の診断を受けた日がわかるもの',
  ],
  online: true,
  rule: '妊娠がわかったら「速やかに」住んでいる市区町村に届け出て、母子健康手帳を受け取ります（妊娠11週までが目安）。手帳の受け取りと面談は窓口です。',
  appliesWhen: '妊娠中のお子さんが登録されているときに対象になります。',
  en: {
    legalBasis:
      'Maternal and Child Health Act art. 15 (pregnancy notification), art. 16 (issuing the Maternal and Child Health Handbook)',
    documents: [
      'My Number Card (or the notification card plus an identity document)',
      'A paper showing the day a clinic diagnosed the pregnancy',
    ],
    rule: 'Once you know you are pregnant, notify the municipality you live in "without delay" and receive the Maternal and Child Health Handbook (母子健康手帳); by week 11 of the pregnancy is a common guide. The handbook and a talk with a health worker are given at the counter.',
    appliesWhen: 'Applies when a child on the way is registered.',
  },
} satisfies ServiceInput;
