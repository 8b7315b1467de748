import type { ServiceInput } from '../schema';

export default {
  id: 'newborn-home-visit',
  title: {
    ja: '新生児訪問・乳児家庭全戸訪問（出生連絡票）',
    en: 'Newborn home visit',
  },
  kind: 'visit',
  concerns: 'child',
  group: 'birth',
  conditions: [],
  opens: {
    from: 'birth',
  },
  due: {
    from: 'birth',
    days: 28,
  },
  closes: {
    from: 'age',
    months: 4,
  },
  filedAt: 'health-centre',
  legalBasis: '母子保健法11条・児童福祉法6条の3④',
  source: 'https://www.city.higashimurayama.tokyo.jp/faq/kosodate/sodan/kosodateshien.html',
  documents: ['出生連絡票（母子健康手帳についているはがき）'],
  online: false,
  rule: '出生連絡票を出すと、保健師や助産師が家に来て赤ちゃんの体重や育児の相談にのります。新生児訪問は生後28日以内（里帰りは60日）、全戸訪問は生後4か月までです。',
  appliesWhen: 'お子さんが生まれたら対象になります。',
} satisfies ServiceInput;
