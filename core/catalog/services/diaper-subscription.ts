import type { ServiceInput } from '../schema';

export default {
  id: 'diaper-subscription',
  title: {
    ja: 'おむつの定期便（民間サービス）',
    en: 'Diaper subscription (private)',
  },
  kind: 'private',
  concerns: 'child',
  group: 'private',
  conditions: [
    {
      when: 'opted-in',
      offer: 'diaper-subscription',
    },
  ],
  opens: {
    from: 'birth',
  },
  due: null,
  closes: {
    from: 'age',
    years: 3,
  },
  filedAt: 'provider',
  legalBasis: '民間の契約（公的な手続きではありません）',
  source: 'https://www.caa.go.jp/',
  documents: [],
  online: true,
  rule: '紙おむつを定期的に届ける民間サービスです。ご自身で選んで申し込んだ場合だけ表示しています。公的な手続きには影響しません。',
  appliesWhen: '設定で民間サービスの表示を選んだときだけ表示されます。',
  en: {
    legalBasis: 'A private contract (not a public procedure)',
    documents: [],
    rule: 'A private service that delivers disposable diapers regularly. It is shown only because you chose to see private services. It does not affect any public procedure.',
    appliesWhen: 'Shown only when you choose to see private services in Settings.',
  },
} satisfies ServiceInput;
