import type { ServiceInput } from '../schema';

export default {
  id: 'children-drop-in-care',
  title: {
    ja: 'こども誰でも通園制度',
    en: 'Drop-in childcare for all children',
  },
  kind: 'benefit',
  concerns: 'child',
  group: 'childcare',
  conditions: [
    {
      when: 'born',
    },
  ],
  opens: {
    from: 'age',
    months: 6,
  },
  due: null,
  // 「満3歳未満」 ends on the day before 満3歳 is reached (年齢計算ニ関スル法律: reached on the eve of the birthday),
  // i.e. two days before the 3rd birthday — as 和木町・豊明市・可児市・東串良町・太子町 publish it (前々日).
  // Not the vaccinations' reading (「3歳に至るまで」 runs to the eve of the birthday itself).
  closes: {
    from: 'age',
    years: 3,
    days: -1,
  },
  notBefore: '2026-04-01',
  filedAt: 'municipality',
  // 乳児等のための支援給付 is 第二章第六節, 30条の12〜30条の21 (乳児等支援給付認定 30条の14〜), from the table of contents of
  // the 2026-04-01 text (legaldoc.jp mirror of e-Gov 424AC0000000065); the 認定 comes before use (豊明市 page).
  legalBasis:
    '子ども・子育て支援法30条の12〜30条の21（乳児等のための支援給付・乳児等支援給付認定, 2026年4月〜全市区町村）',
  source: 'https://laws.e-gov.go.jp/law/424AC0000000065#Mp-At_30_12',
  documents: ['利用認定の申請'],
  online: true,
  rule: '保育所などに通っていない生後6か月から3歳未満のお子さんが、月10時間まで保育施設を利用できます（2026年4月から全国）。',
  appliesWhen:
    '生後6か月から3歳未満（3歳の誕生日の前々日まで）で、保育所などに通っていないお子さんが対象です。',
  // Checked (2026-11): the 10-hour monthly cap kept for 2026 (こども家庭庁 有識者会議 2025-10-10, reported at
  // https://news.livedoor.com/topics/detail/29754749/); the parents' fee per hour was not found in what we can reach.
  unverified: '利用料（1時間300円程度）は未確認',
  en: {
    legalBasis:
      'Child and Child-Rearing Support Act art. 30-12 to 30-21 (support benefits for babies and toddlers and their approval; in every municipality from April 2026)',
    documents: ['Application for use approval'],
    rule: 'Children from 6 months to under 3 years old who do not go to a nursery can use a childcare facility for up to 10 hours a month (nationwide from April 2026).',
    appliesWhen:
      'Applies to children from 6 months to under 3 years old (until two days before the third birthday) who do not go to a nursery or similar.',
    unverified: 'The fee (about 300 yen an hour) is not confirmed.',
  },
} satisfies ServiceInput;
