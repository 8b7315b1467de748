import type { ServiceInput } from '../schema';

export default {
  id: 'newborn-photo-studio',
  title: {
    ja: 'ニューボーンフォト（民間サービス）',
    en: 'Newborn photo studio (private)',
  },
  kind: 'private',
  concerns: 'child',
  group: 'private',
  conditions: [
    {
      when: 'opted-in',
      offer: 'newborn-photo-studio',
    },
  ],
  opens: {
    from: 'birth',
    days: 7,
  },
  due: null,
  closes: {
    from: 'birth',
    days: 28,
  },
  filedAt: 'provider',
  legalBasis: '民間の契約（公的な手続きではありません）',
  source: 'https://www.caa.go.jp/',
  documents: [],
  online: true,
  rule: '生後すぐの写真撮影をする民間サービスです。ご自身で選んで申し込んだ場合だけ表示しています。公的な手続きには影響しません。',
  appliesWhen: '設定で民間サービスの表示を選んだときだけ表示されます。',
  en: {
    legalBasis: 'A private contract (not a public procedure)',
    documents: [],
    rule: 'A private service that takes photos of your newborn. It is shown only because you chose to see private services. It does not affect any public procedure.',
    appliesWhen: 'Shown only when you choose to see private services in Settings.',
  },
} satisfies ServiceInput;
