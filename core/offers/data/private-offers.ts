/**
 * The private offers of the mock provider's feed (`nonstop-private-offers/1`):
 * fictional companies and an NPO, realistic offers across the six kinds
 * families meet. Every provider, address, phone number and URL here is
 * invented (example.jp / 0120-000-xxx); the public keys belong to the mock
 * provider's test keys (fixtures/provider/keys/providers.json).
 *
 * Validated by core/offers/offers.test.ts with the same schema the app uses
 * on the downloaded feed.
 */
import { PRIVATE_OFFERS_FORMAT } from '../private-offers';

const privacy = (purposeJa: string, purposeEn: string, retentionDays: number, host: string) => ({
  purpose: { ja: purposeJa, en: purposeEn },
  retentionDays,
  sharing: {
    ja: '第三者には提供しません。配送・連絡の委託先には必要な範囲だけを渡します。',
    en: 'Not given to third parties. Delivery and contact subcontractors receive only what they need.',
  },
  policyUrl: `https://${host}/privacy`,
});

const SUKUSUKU = {
  id: 'sukusuku-bin',
  name: { ja: 'すくすく便株式会社', en: 'Sukusuku-bin Co., Ltd.' },
  publicKey: 'CCrNt0EihR1rgEG6he7Sgc3YAt8bcbB3mX+j+pkXFQQ=',
  privacy: privacy(
    '定期便の配送と、サイズ変更のご案内のためだけに使います。',
    'Used only to deliver the subscription and to suggest the next size.',
    365,
    'sukusuku-bin.example.jp',
  ),
};
const HIDAMARI = {
  id: 'hidamari-photo',
  name: { ja: 'フォトスタジオひだまり', en: 'Photo Studio Hidamari' },
  publicKey: 'A2yrjo/n8qaBW7QZ7IT2ikH0oxZ9YBRnkrYaWq7Mw/M=',
  privacy: privacy(
    '撮影日の調整と出張費のお見積もりのためだけに使います。',
    'Used only to arrange the shooting day and to quote the travel fee.',
    180,
    'hidamari-photo.example.jp',
  ),
};
const KOROKORO = {
  id: 'korokoro-rental',
  name: { ja: 'ベビーレンタルころころ', en: 'Baby Rental Korokoro' },
  publicKey: 'ZVf2lNsBtdtdfEZzi0I9qNoMd/bgvovrDMz2eaUtZMw=',
  privacy: privacy(
    'レンタル品の配送・回収のためだけに使います。',
    'Used only to deliver and collect the rented goods.',
    400,
    'korokoro-rental.example.jp',
  ),
};
const MIRAI = {
  id: 'mirai-life',
  name: { ja: 'みらい生命保険株式会社', en: 'Mirai Life Insurance Co., Ltd.' },
  publicKey: 'DHRJ8MJr9IORP+uMdlFpHaEPta4ViS7f3QEjHcHeenE=',
  privacy: privacy(
    '資料の郵送のためだけに使います。電話による勧誘はしません。',
    'Used only to post the brochure. No sales calls.',
    90,
    'mirai-life.example.jp',
  ),
};
const POCKET = {
  id: 'pocket-sitter',
  name: { ja: 'シッターマッチぽけっと', en: 'Sitter Match Pocket' },
  publicKey: 'G3prVvr1iOhb1TRXbKhNfoFTksz1OUE+jbvRQ64Ycg0=',
  privacy: privacy(
    '初回面談の日程調整と、近くのシッターのご紹介のためだけに使います。',
    'Used only to arrange the first interview and to introduce sitters nearby.',
    180,
    'pocket-sitter.example.jp',
  ),
};
const CHIIKI = {
  id: 'chiiki-kosodate-net',
  name: { ja: 'NPO法人ちいき子育てネット', en: 'Chiiki Kosodate Net (NPO)' },
  publicKey: '8Vv0SO6TZAtK2hkE6GdRlwMDiddiJ09INrDdgWej/lI=',
  privacy: privacy(
    'イベントの参加者名簿と、当日の連絡のためだけに使います。',
    "Used only for the event's list of participants and for contact on the day.",
    60,
    'chiiki-kosodate.example.jp',
  ),
};

export const PRIVATE_OFFERS_FEED = {
  format: PRIVATE_OFFERS_FORMAT,
  publishedAt: '2026-11-01T00:00:00.000Z',
  offers: [
    {
      id: 'sukusuku-diaper-milk',
      category: 'diaper-subscription',
      name: '紙おむつ・粉ミルクの定期便',
      institutionName: { canonicalName: 'すくすく便株式会社', shortName: 'すくすく便' },
      summary:
        'お子さんの月齢に合わせたサイズの紙おむつと粉ミルクを、毎月決まった日にご自宅へお届けします。サイズの変更や休止はいつでもできます。',
      target: {
        description: '出産予定の方と、2歳11か月までのお子さんのいるご家庭',
        maxAge: { years: 2, months: 11 },
        expecting: true,
      },
      support: '紙おむつ（新生児用〜ビッグサイズ）と粉ミルクを毎月お届け。初回は試供品セットつき。',
      cost: '月額2,980円から（送料無料・いつでも解約できます）',
      area: { description: '全国（離島を除く）' },
      procedurePeriod: { fromYMD: '2026-04-01', toYMD: '2028-03-31' },
      contact: {
        name: 'すくすく便 お客さま窓口',
        phone: '0120-000-111',
        url: 'https://sukusuku-bin.example.jp/',
      },
      tag: ['childcare', 'delivery'],
      provider: SUKUSUKU,
      fields: [
        {
          key: 'guardian.name',
          why: { ja: 'お届け先のお名前として', en: 'As the name on the delivery' },
          optional: false,
        },
        {
          key: 'child.birthMonth',
          why: { ja: 'おむつのサイズを選ぶため', en: 'To choose the diaper size' },
          optional: false,
        },
        {
          key: 'address.postalCode',
          why: { ja: 'お届け先として', en: 'For the delivery address' },
          optional: false,
        },
        {
          key: 'address.full',
          why: { ja: 'お届け先として', en: 'For the delivery address' },
          optional: false,
        },
        {
          key: 'guardian.phone',
          why: {
            ja: '不在のときの配達連絡のため（なくても届きます）',
            en: 'To call when nobody is home (delivery works without it)',
          },
          optional: true,
        },
      ],
      en: {
        name: 'Diaper and formula subscription',
        summary:
          "Diapers in your child's size and infant formula, delivered to your home on a fixed day every month. Change the size or pause at any time.",
        target: 'Families expecting a child, and children up to 2 years 11 months',
        support: 'Diapers (newborn to big size) and formula every month; a sample set with the first box.',
        cost: 'From ¥2,980 a month (free delivery, cancel at any time)',
        area: 'All of Japan (except remote islands)',
      },
    },
    {
      id: 'hidamari-newborn-photo',
      category: 'newborn-photo-studio',
      name: 'ニューボーンフォト 出張撮影',
      institutionName: { canonicalName: 'フォトスタジオひだまり', shortName: 'ひだまり' },
      summary:
        '生まれて間もない時期の写真を、カメラマンがご自宅に伺って撮影します。出産前のご予約もできます。',
      target: {
        description: '出産予定の方と、生後1か月までのお子さん',
        maxAge: { years: 0, months: 1 },
        expecting: true,
      },
      support: '自宅での出張撮影（約90分）、データ30カット、アルバム1冊。',
      cost: '39,800円（出張費は地域により別途）',
      area: { municipalityCodes: ['131121', '141003'], description: '世田谷区・横浜市' },
      procedurePeriod: { fromYMD: '2026-04-01', toYMD: '2027-09-30' },
      contact: {
        name: 'フォトスタジオひだまり 予約係',
        phone: '0120-000-222',
        url: 'https://hidamari-photo.example.jp/',
      },
      tag: ['birth', 'photo'],
      provider: HIDAMARI,
      fields: [
        {
          key: 'guardian.name',
          why: { ja: 'ご予約のお名前として', en: 'As the name of the booking' },
          optional: false,
        },
        {
          key: 'guardian.phone',
          why: { ja: '撮影日を電話で相談するため', en: 'To agree the shooting day by phone' },
          optional: false,
        },
        {
          key: 'child.birthMonth',
          why: { ja: '撮影に向く時期を確かめるため', en: 'To check the right time for the shoot' },
          optional: false,
        },
        {
          key: 'address.city',
          why: {
            ja: '出張費の見積もりのため（なくても申し込めます）',
            en: 'To quote the travel fee (optional)',
          },
          optional: true,
        },
      ],
      en: {
        name: 'Newborn photos at home',
        summary:
          'A photographer comes to your home to take photos of your newborn. You can book before the birth.',
        target: 'Families expecting a child, and babies up to 1 month old',
        support: 'A home shoot (about 90 minutes), 30 edited photos and one album.',
        cost: '¥39,800 (travel fee extra, depending on the area)',
        area: 'Setagaya and Yokohama',
      },
    },
    {
      id: 'korokoro-goods-rental',
      category: 'childcare-goods-rental',
      name: 'ベビーベッド・ベビーカーのレンタル',
      institutionName: { canonicalName: 'ベビーレンタルころころ', shortName: 'ころころ' },
      summary:
        '使う期間が短いベビーベッドやベビーカー、チャイルドシートを1か月単位で借りられます。配送と回収はご自宅で。',
      target: {
        description: '出産予定の方と、3歳11か月までのお子さん',
        maxAge: { years: 3, months: 11 },
        expecting: true,
      },
      support: 'ベビーベッド、ベビーカー、チャイルドシート、バウンサーなど約200品目。',
      cost: '1か月1,500円から（往復送料込み）',
      area: { description: '全国' },
      procedurePeriod: {},
      contact: {
        name: 'ころころ サポートデスク',
        phone: '0120-000-333',
        url: 'https://korokoro-rental.example.jp/',
      },
      tag: ['childcare', 'rental'],
      provider: KOROKORO,
      fields: [
        {
          key: 'guardian.name',
          why: { ja: 'お届け先のお名前として', en: 'As the name on the delivery' },
          optional: false,
        },
        {
          key: 'address.postalCode',
          why: { ja: 'お届け先と回収先として', en: 'For delivery and collection' },
          optional: false,
        },
        {
          key: 'address.full',
          why: { ja: 'お届け先と回収先として', en: 'For delivery and collection' },
          optional: false,
        },
        {
          key: 'guardian.phone',
          why: {
            ja: '配送日の連絡のため（なくても申し込めます）',
            en: 'To agree the delivery day (optional)',
          },
          optional: true,
        },
        {
          key: 'child.birthMonth',
          why: {
            ja: '月齢に合う品をおすすめするため（任意）',
            en: 'To suggest goods for the age (optional)',
          },
          optional: true,
        },
      ],
      en: {
        name: 'Baby cot and pram rental',
        summary:
          'Rent a baby cot, a pram or a child car seat by the month, for the short time you need them. Delivered and collected at home.',
        target: 'Families expecting a child, and children up to 3 years 11 months',
        support: 'About 200 items: cots, prams, car seats, bouncers and more.',
        cost: 'From ¥1,500 a month (delivery both ways included)',
        area: 'All of Japan',
      },
    },
    {
      id: 'mirai-gakushi-brochure',
      category: 'education-endowment-insurance',
      name: 'こども学資保険の資料請求',
      institutionName: { canonicalName: 'みらい生命保険株式会社', shortName: 'みらい生命' },
      summary:
        '大学入学時などに備える学資保険のパンフレットと設計例を郵送します。資料請求だけで契約にはなりません。',
      target: {
        description: '出産予定の方と、6歳11か月までのお子さん',
        maxAge: { years: 6, months: 11 },
        expecting: true,
        conditions: 'ご契約には、契約者（保護者）の年齢が18〜60歳であることと、健康状態の告知が必要です。',
      },
      support: 'パンフレットと、お子さんの年齢に合わせた保険料の設計例。',
      cost: '資料請求は無料',
      area: { description: '全国' },
      procedurePeriod: { fromYMD: '2026-01-01', toYMD: '2027-12-31' },
      contact: {
        name: 'みらい生命 資料請求センター',
        phone: '0120-000-444',
        url: 'https://mirai-life.example.jp/',
      },
      tag: ['money', 'insurance'],
      provider: MIRAI,
      fields: [
        {
          key: 'guardian.name',
          why: { ja: '資料の宛名として', en: 'As the name on the envelope' },
          optional: false,
        },
        {
          key: 'address.postalCode',
          why: { ja: '資料の送り先として', en: 'To post the brochure' },
          optional: false,
        },
        {
          key: 'address.full',
          why: { ja: '資料の送り先として', en: 'To post the brochure' },
          optional: false,
        },
        {
          key: 'guardian.nameKana',
          why: { ja: '宛名の読み間違いを防ぐため（任意）', en: 'To read the name correctly (optional)' },
          optional: true,
        },
        {
          key: 'child.birthMonth',
          why: {
            ja: '設計例の保険料を計算するため（任意）',
            en: 'To work out the example premium (optional)',
          },
          optional: true,
        },
      ],
      en: {
        name: 'Education endowment insurance brochure',
        summary:
          'A brochure and example plans of insurance that saves for university entrance, sent by post. Asking for it is not a contract.',
        target: 'Families expecting a child, and children up to 6 years 11 months',
        support: "A brochure and an example premium for your child's age.",
        cost: 'The brochure is free',
        area: 'All of Japan',
        conditions:
          'A contract needs the policyholder (the parent) to be aged 18–60 and to declare their health.',
      },
    },
    {
      id: 'pocket-sitter-booking',
      category: 'childcare-booking',
      name: 'ベビーシッター・一時預かりの予約',
      institutionName: { canonicalName: 'シッターマッチぽけっと', shortName: 'ぽけっと' },
      summary:
        '保育士や研修を受けたシッターを1時間から予約できます。初回は面談をしてからご利用いただけます。',
      target: {
        description: '生後2か月から小学6年生まで',
        minAge: { years: 0, months: 2 },
        maxAge: { years: 12, months: 11 },
        conditions: '初回のご利用前にオンライン面談（30分）が必要です。病児・病後児の保育は対象外です。',
      },
      support: '自宅での保育、送迎、習いごとの付き添い。',
      cost: '1時間2,200円から（入会金なし）',
      area: { municipalityCodes: ['131121', '131016', '141003'], description: '東京都23区の一部・横浜市' },
      procedurePeriod: {},
      contact: { name: 'ぽけっと サポート', phone: '0120-000-555', url: 'https://pocket-sitter.example.jp/' },
      tag: ['childcare', 'babysitter'],
      provider: POCKET,
      fields: [
        {
          key: 'guardian.name',
          why: { ja: '面談のご予約のお名前として', en: 'As the name for the interview' },
          optional: false,
        },
        {
          key: 'guardian.phone',
          why: { ja: '面談の日程を決めるため', en: 'To set the interview date' },
          optional: false,
        },
        {
          key: 'address.city',
          why: { ja: '近くのシッターを探すため', en: 'To find sitters nearby' },
          optional: false,
        },
        {
          key: 'child.birthMonth',
          why: { ja: '月齢に合うシッターを選ぶため（任意）', en: 'To pick a sitter for the age (optional)' },
          optional: true,
        },
      ],
      en: {
        name: 'Babysitter and drop-in care booking',
        summary:
          'Book a nursery teacher or a trained sitter from one hour. An interview comes before the first booking.',
        target: 'From 2 months old to the end of primary school',
        support: 'Care at home, pick-ups, accompanying lessons.',
        cost: 'From ¥2,200 an hour (no joining fee)',
        area: 'Parts of Tokyo’s 23 wards and Yokohama',
        conditions:
          'An online interview (30 minutes) is needed before the first booking. Sick-child care is not offered.',
      },
    },
    {
      id: 'chiiki-winter-storytime',
      category: 'community-events',
      name: '親子ひろば 冬のおはなし会',
      institutionName: { canonicalName: 'NPO法人ちいき子育てネット', shortName: 'ちいき子育てネット' },
      summary: '絵本の読み聞かせと手遊び、保護者どうしのおしゃべりの時間。妊娠中の方も参加できます。',
      target: {
        description: '妊娠中の方と、0歳から5歳までのお子さんと保護者',
        maxAge: { years: 5, months: 11 },
        expecting: true,
      },
      support: '読み聞かせ、手遊び、子育て相談（保育士が同席）。',
      cost: '無料（事前申し込み・先着20組）',
      area: { municipalityCodes: ['131121'], description: '世田谷区' },
      procedurePeriod: { fromYMD: '2026-11-01', toYMD: '2027-02-28' },
      contact: {
        name: 'ちいき子育てネット 事務局',
        phone: '03-0000-6666',
        url: 'https://chiiki-kosodate.example.jp/',
      },
      tag: ['event', 'community'],
      provider: CHIIKI,
      fields: [
        {
          key: 'guardian.name',
          why: { ja: '参加者名簿のため', en: "For the event's list of participants" },
          optional: false,
        },
        {
          key: 'child.birthMonth',
          why: { ja: '年齢に合う絵本を選ぶため（任意）', en: 'To choose books for the age (optional)' },
          optional: true,
        },
        {
          key: 'guardian.phone',
          why: { ja: '中止のときの連絡のため（任意）', en: 'To call if the event is cancelled (optional)' },
          optional: true,
        },
      ],
      en: {
        name: 'Parent-and-child storytime (winter)',
        summary:
          'Picture-book reading, finger plays and time for parents to talk. Expecting parents are welcome.',
        target: 'Expecting parents, and children aged 0 to 5 with a parent',
        support: 'Storytelling, finger plays, advice from a nursery teacher.',
        cost: 'Free (book ahead, first 20 families)',
        area: 'Setagaya',
      },
    },
    {
      id: 'chiiki-baby-massage-osaka',
      category: 'community-events',
      name: 'ベビーマッサージ体験会',
      institutionName: { canonicalName: 'NPO法人ちいき子育てネット', shortName: 'ちいき子育てネット' },
      summary: '助産師と一緒に、赤ちゃんとふれあうベビーマッサージを体験します。',
      target: {
        description: '生後2か月から11か月までの赤ちゃんと保護者',
        minAge: { years: 0, months: 2 },
        maxAge: { years: 0, months: 11 },
      },
      support: 'ベビーマッサージの体験（約60分）とオイルの試供品。',
      cost: '500円（材料費）',
      area: { municipalityCodes: ['271004'], description: '大阪市' },
      procedurePeriod: { fromYMD: '2026-10-01', toYMD: '2027-03-31' },
      contact: {
        name: 'ちいき子育てネット 大阪',
        phone: '06-0000-7777',
        url: 'https://chiiki-kosodate.example.jp/osaka',
      },
      tag: ['event', 'community'],
      provider: CHIIKI,
      fields: [
        {
          key: 'guardian.name',
          why: { ja: '参加者名簿のため', en: "For the event's list of participants" },
          optional: false,
        },
        {
          key: 'child.birthMonth',
          why: { ja: '月齢を確かめるため', en: "To check the baby's age" },
          optional: false,
        },
        {
          key: 'guardian.phone',
          why: { ja: '中止のときの連絡のため（任意）', en: 'To call if the event is cancelled (optional)' },
          optional: true,
        },
      ],
      en: {
        name: 'Baby massage session',
        summary: 'Try baby massage with a midwife and enjoy time with your baby.',
        target: 'Babies from 2 to 11 months old, with a parent',
        support: 'A baby massage session (about 60 minutes) and a sample of oil.',
        cost: '¥500 (materials)',
        area: 'Osaka City',
      },
    },
  ],
};
