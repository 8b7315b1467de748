import type { ServiceInput } from '../schema';

export default {
  id: 'low-birth-weight-notification',
  title: {
    ja: '低体重児の届出',
    en: 'Low birth weight notification',
  },
  kind: 'procedure',
  concerns: 'child',
  group: 'birth',
  conditions: [
    {
      when: 'birth-weight-under',
      grams: 2500,
    },
  ],
  opens: {
    from: 'birth',
  },
  due: null,
  closes: null,
  filedAt: 'municipality',
  legalBasis: '母子保健法18条（低体重児の届出）',
  source: 'https://laws.e-gov.go.jp/law/340AC0000000141#Mp-At_18',
  documents: ['母子健康手帳'],
  online: false,
  rule: '生まれたときの体重が2,500g未満のときは「速やかに」市区町村に届け出ます。',
  appliesWhen: '出生体重が2,500g未満と記録されたときに必要です。',
  en: {
    legalBasis: 'Maternal and Child Health Act art. 18 (notification of low birth weight)',
    documents: ['Maternal and Child Health Handbook (母子健康手帳)'],
    rule: 'If the baby weighed less than 2,500 g at birth, notify the municipality "without delay".',
    appliesWhen: 'Needed when a birth weight under 2,500 g is recorded.',
  },
} satisfies ServiceInput;
