import type { ServiceInput } from '../schema';

export default {
  id: 'childcare-goods-rental',
  title: {
    ja: 'ベビー用品レンタル（民間サービス）',
    en: 'Childcare goods rental (private)',
  },
  kind: 'private',
  concerns: 'child',
  group: 'private',
  conditions: [
    {
      when: 'opted-in',
      offer: 'childcare-goods-rental',
    },
  ],
  opens: {
    from: 'birth',
    orExpected: true,
    days: -60,
  },
  due: null,
  closes: {
    from: 'age',
    years: 2,
  },
  filedAt: 'provider',
  legalBasis: '民間の契約（公的な手続きではありません）',
  source: 'https://www.caa.go.jp/',
  documents: [],
  online: true,
  rule: 'ベビーベッドなどを借りられる民間サービスです。ご自身で選んで申し込んだ場合だけ表示しています。公的な手続きには影響しません。',
  appliesWhen: '設定で民間サービスの表示を選んだときだけ表示されます。',
  en: {
    legalBasis: 'A private contract (not a public procedure)',
    documents: [],
    rule: 'A private service that rents out baby cots and other goods. It is shown only because you chose to see private services. It does not affect any public procedure.',
    appliesWhen: 'Shown only when you choose to see private services in Settings.',
  },
} satisfies ServiceInput;
