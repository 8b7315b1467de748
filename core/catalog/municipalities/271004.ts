import type { OverlayInput } from './overlay';

// 大阪市 こども医療費助成: 0–18歳年度末; ≤¥500/day per institution, on at most 2 days a month;
// income limit for 12+ abolished 2024-04 (S28; the date from a clinic blog).
export default {
  code: '271004',
  name: '大阪市',
  head: '大阪市長',
  medicalSubsidy: {
    periods: [
      {
        from: '2024-04-01',
        schoolYearEndOfAge: 18,
        copay:
          '1医療機関あたり1日500円まで、月2日まで（3日目から無料）。院外処方は無料、入院時食事代は対象外',
        incomeLimit: null,
        en: {
          copay:
            'Up to 500 yen a day per medical institution, for up to 2 days a month (free from the 3rd day). Prescriptions filled outside the hospital are free; hospital meals are not covered.',
          incomeLimit: null,
        },
      },
    ],
    // 大阪市's own page on the 2024-04 abolition of the income limit (it links to「こどもの医療費を助成します」);
    // the 大阪市こども医療費助成規則 amendment (令和6年4月1日施行): city.osaka.lg.jp/templates/kisoku_kohyo/kodomo/0000607948.html
    source: 'https://www.city.osaka.lg.jp/kodomo/page/0000597952.html',
  },
  nursery: {
    aprilRound: { opens: '10-01', closes: '11-30' },
    monthlyDeadlineDay: 10,
    source: 'https://www.city.osaka.lg.jp/kodomo/page/0000593773.html',
    unverified: '申込期間と毎月の締切日は目安（未確認）',
    en: { unverified: 'The application period and the monthly deadline are a guide (not confirmed).' },
  },
} satisfies OverlayInput;
