import type { OverlayInput } from './overlay';

// 横浜市 小児医療費助成: 0–中学3年 with no income limit and the ¥500 copay abolished from 2023-08;
// 18歳年度末 from 2026-06 (S28, api.localgov.jp record citing the city).
export default {
  code: '141003',
  name: '横浜市',
  head: '横浜市長',
  medicalSubsidy: {
    periods: [
      {
        from: '2023-08-01',
        schoolYearEndOfAge: 15,
        copay: '自己負担なし（2023年8月から）',
        incomeLimit: null,
        en: { copay: 'No co-payment (from August 2023)', incomeLimit: null },
      },
      {
        from: '2026-06-01',
        schoolYearEndOfAge: 18,
        copay: '自己負担なし',
        incomeLimit: null,
        en: { copay: 'No co-payment', incomeLimit: null },
      },
    ],
    source: 'https://www.city.yokohama.lg.jp/kurashi/kenko-iryo/iryohijosei/shoni/child.html',
  },
  nursery: {
    aprilRound: { opens: '10-01', closes: '11-30' },
    monthlyDeadlineDay: 10,
    source: 'https://www.city.yokohama.lg.jp/kosodate-kyoiku/hoiku-yoji/',
    unverified: '申込期間と毎月の締切日は目安（未確認）',
    en: { unverified: 'The application period and the monthly deadline are a guide (not confirmed).' },
  },
} satisfies OverlayInput;
