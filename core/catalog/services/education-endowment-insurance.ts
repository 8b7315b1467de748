import type { ServiceInput } from '../schema';

export default {
  id: 'education-endowment-insurance',
  title: {
    ja: '学資保険（民間サービス）',
    en: 'Education endowment insurance (private)',
  },
  kind: 'private',
  concerns: 'child',
  group: 'private',
  conditions: [
    {
      when: 'opted-in',
      offer: 'education-endowment-insurance',
    },
  ],
  opens: {
    from: 'birth',
    orExpected: true,
    days: -140,
  },
  due: null,
  closes: {
    from: 'age',
    years: 6,
  },
  filedAt: 'provider',
  legalBasis: '民間の契約（公的な手続きではありません）',
  source: 'https://www.caa.go.jp/',
  documents: [],
  online: true,
  rule: '教育資金のための民間の保険です。公的な給付ではありません。ご自身で選んで申し込んだ場合だけ表示しています。公的な手続きには影響しません。',
  appliesWhen: '設定で民間サービスの表示を選んだときだけ表示されます。',
  en: {
    legalBasis: 'A private contract (not a public procedure)',
    documents: [],
    rule: 'Private insurance to save for education costs. It is not a public benefit. It is shown only because you chose to see private services. It does not affect any public procedure.',
    appliesWhen: 'Shown only when you choose to see private services in Settings.',
  },
} satisfies ServiceInput;
