import type { VaccineInput } from '../schema';

/**
 * ヒブ (Hib) on its own, for the 4種混合 generation only: a child who started 4種混合 before 2024-04 gets Hib
 * as a separate vaccine (from 2024-04 it is inside 5種混合). Same generation rule as dtp-ipv.ts.
 * The course depends on the age at the first dose (catch-up `hib`, core/journey/vaccines/hib.ts), as the
 * 定期接種実施要領 sets it — transcribed by 京都市 (ちゃいるす), 東久留米市 and さぬき市:
 * http://www.chails.jp/useful/ (ヒブ感染症), http://mobile.city.higashikurume.lg.jp/kurashi/kenko/chusha/1001186.html,
 * https://www.city.sanuki.lg.jp/soshiki/kokuhokenko/gyomu/10/3/791.html.
 */
export default {
  id: 'hib',
  title: {
    ja: 'ヒブ（Hib）',
    en: 'Hib',
  },
  legalBasis:
    '予防接種法5条1項・同法施行令3条（定期接種の対象年齢: 生後2月から60月に至るまで）・予防接種実施規則（回数・間隔）・厚生労働省「定期接種実施要領」（開始月齢ごとの回数）',
  source: 'https://laws.e-gov.go.jp/law/323CO0000000197#Mp-At_3',
  catchUp: 'hib',
  rule: '2024年3月までに4種混合を始める時期だった子のヒブ: 生後2か月から60か月になるまで。1回目を受けた月齢で回数が変わります: 生後7か月になる日までに始めたら3回＋追加1回、12か月になる日までなら2回＋追加1回、それより後は1回です。初回は27日以上あけて（28日後から）受け、初回の2・3回目は生後12か月になる日までに受けます。追加接種は初回の最後から7か月以上あけて受けます（初回を終えずに1歳を過ぎたときは、最後の初回から27日以上あけて）。',
  routineUntil: '2024-03-31',
  sibling: 'dtp-ipv-hib',
  doses: [
    {
      n: 1,
      opens: { from: 'age', months: 2 },
      closes: { from: 'age', months: 60 },
      recommended: { from: { from: 'age', months: 2 }, to: { from: 'age', months: 7 } },
    },
    {
      n: 2,
      opens: { from: 'age', months: 2 },
      // 初回の2回目・3回目は生後12月に至るまでに行い、それを超えた場合は行わない.
      closes: { from: 'age', months: 12 },
      after: { dose: 1, days: 27 },
      recommended: { from: { from: 'dose', dose: 1, days: 27 }, to: { from: 'dose', dose: 1, days: 56 } },
    },
    {
      n: 3,
      opens: { from: 'age', months: 2 },
      closes: { from: 'age', months: 12 },
      after: { dose: 2, days: 27 },
      recommended: { from: { from: 'dose', dose: 2, days: 27 }, to: { from: 'dose', dose: 2, days: 56 } },
    },
    {
      n: 4,
      opens: { from: 'age', months: 2 },
      closes: { from: 'age', months: 60 },
      after: { dose: 3, months: 7 },
      recommended: { from: { from: 'dose', dose: 3, months: 7 }, to: { from: 'dose', dose: 3, months: 13 } },
    },
  ],
  en: {
    legalBasis:
      'Immunization Act art. 5(1); Order for Enforcement of the Immunization Act art. 3 (ages for routine vaccination: from 2 to before 60 months); Regulation on Immunization Procedures (number of doses, intervals); Ministry of Health, Labour and Welfare "Guidelines for Routine Vaccination" (doses by the age at the start)',
    rule: 'Hib for children due to start the 4-in-1 vaccine before April 2024: from 2 months to before 60 months of age. The number of doses depends on the age at dose 1: started by the day the child turns 7 months, 3 doses plus a booster; by 12 months, 2 doses plus a booster; later, 1 dose. Primary doses at least 27 days apart (from 28 days after), doses 2 and 3 by the day the child turns 12 months. The booster at least 7 months after the last primary dose (if the primary doses were not finished by the 1st birthday, at least 27 days after the last one).',
  },
} satisfies VaccineInput;
