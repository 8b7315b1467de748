import { describe, expect, it } from 'vitest';
import { civilDate } from '../dates/civil-date';
import { birthRegistrationDeadline, childAllowanceFifteenDayDeadline } from './rules';

describe('出生届 deadline: 14 days counting the birth day, rolled past closing days (戸籍法43・49条, 地方自治法4条の2)', () => {
  it.each([
    // [birth, deadline, why]
    ['2025-04-21', '2025-05-07', 'fact sheet: raw 5/4 (Sun), 5/5 こどもの日, 5/6 振替休日'],
    ['2025-12-20', '2026-01-05', 'fact sheet: raw 1/2 falls in the year-end closure'],
    ['2026-11-12', '2026-11-25', 'raw 11/25 (Wed) is open'],
    [
      '2026-09-06',
      '2026-09-24',
      'silver week 2026: raw 9/19 (Sat), 9/20 Sun, 9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日',
    ],
    ['2026-04-22', '2026-05-07', 'Golden Week 2026: raw 5/5 こどもの日, 5/6 振替休日'],
    ['2024-02-16', '2024-02-29', 'leap day is an ordinary open Thursday'],
    ['2023-02-16', '2023-03-01', 'common year: 13 days after 2/16 is 3/1'],
    ['2026-01-31', '2026-02-13', 'month end to a Friday'],
  ])('born %s → %s (%s)', (birth, deadline) => {
    expect(birthRegistrationDeadline(civilDate(birth))).toBe(deadline);
  });

  it('a deadline in the year-end closure moves to 1/4 (or later)', () => {
    // born 2026-12-17 → raw 12/30 (closure) → 2027-01-04 (Mon)
    expect(birthRegistrationDeadline(civilDate('2026-12-17'))).toBe('2027-01-04');
  });
});

describe('児童手当 15-day deadline (児童手当法8条③, municipal practice)', () => {
  it.each([
    ['2025-04-30', '2025-05-15', '江戸川区 Q&A: born 4/30, filed by 5/15 → from May'],
    ['2019-04-12', '2019-05-07', '池田市: raw 4/27 (Sat), 2019 ten-day Golden Week → 5/7'],
    ['2017-12-01', '2017-12-28', '木津川市 table: 12/1–12/13 → 12/28 (filing in the birth month)'],
    ['2017-12-13', '2017-12-28', '木津川市 table'],
    ['2017-12-14', '2018-01-04', '木津川市 table: raw 12/29 → 1/4'],
    ['2017-12-21', '2018-01-05', '木津川市 table'],
    ['2017-12-22', '2018-01-09', '木津川市 table: raw 1/6 (Sat), 1/8 成人の日'],
    ['2017-12-26', '2018-01-10', '木津川市 table'],
    ['2017-12-29', '2018-01-15', '木津川市 table: 12/29–31 → 1/15'],
    ['2017-12-31', '2018-01-15', '木津川市 table'],
    ['2018-01-16', '2018-01-31', '木津川市 table: 1/1–1/16 → 1/31'],
    ['2026-11-12', '2026-11-30', 'the newborn fixture: filing in the birth month, last open day 11/30 (Mon)'],
  ])('born %s → %s (%s)', (birth, deadline) => {
    expect(childAllowanceFifteenDayDeadline(civilDate(birth))).toBe(deadline);
  });
});
