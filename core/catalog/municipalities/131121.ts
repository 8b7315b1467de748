import type { OverlayInput } from './overlay';

// 世田谷区: 子ども医療費助成 0–18歳年度末 (high-school age added 2023-04), full copay and meals, no income condition listed (S28).
export default {
  code: '131121',
  name: '世田谷区',
  head: '世田谷区長',
  medicalSubsidy: {
    periods: [
      {
        from: '2000-01-01',
        schoolYearEndOfAge: 15,
        copay: '保険診療の自己負担なし',
        incomeLimit: null,
        en: { copay: 'No co-payment for insured medical care', incomeLimit: null },
      },
      {
        from: '2023-04-01',
        schoolYearEndOfAge: 18,
        copay: '保険診療の自己負担と入院時食事代を助成',
        incomeLimit: null,
        en: {
          copay: 'The co-payment for insured medical care and hospital meals are covered',
          incomeLimit: null,
        },
      },
    ],
    source: 'https://www.city.setagaya.lg.jp/02413/1305.html',
  },
  nursery: {
    aprilRound: { opens: '10-15', closes: '11-28' },
    monthlyDeadlineDay: 10,
    source: 'https://www.city.setagaya.lg.jp/01044/1552.html',
    // An audit (2026-12) read on the same page that 2月・3月入所 have no selection, that the rounds for
    // December–April admission have deadlines of their own, and that a deadline on a closed day moves; the
    // engine still names "前月10日" for every month: said here until the overlay carries the round table.
    unverified:
      '一次募集の期間は目安（未確認）。4月以外の締切「前月10日」は確認済みですが、2月・3月入所の選考がないこと、12月〜4月入所の締切が別に決まっていること、締切が閉庁日なら動くことは区の日程表で確認してください',
    en: {
      unverified:
        "The dates of the first call are a guide (not confirmed). The deadline for other months, the 10th of the month before, is confirmed, but there may be no selection for February and March entry, the rounds for December–April entry have their own deadlines, and a deadline on a closed day moves: check the ward's schedule.",
    },
  },
} satisfies OverlayInput;
