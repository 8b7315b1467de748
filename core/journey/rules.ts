/**
 * Deadline rules, each a small named function with its legal basis.
 */
import { dayNumber, fromDayNumber, type CivilDate } from '../dates/civil-date';
import { lastOpenDayOfMonthNumber, rollForwardToOpenDayNumber } from '../dates/holidays';

/**
 * 出生届: 戸籍法49条 — within 14 days; 43条 counts the day of birth as day 1,
 * so the last day is birth + 13; 地方自治法4条の2④ moves it past closing days.
 */
export function birthRegistrationDeadlineDay(birth: number): number {
  return rollForwardToOpenDayNumber(birth + 13);
}

/**
 * 児童手当 認定請求: the last day to file so that payment starts from the month
 * after the birth (児童手当法8条②③).
 * - A claim filed in the month of birth counts for that month anyway; and
 * - the 15-day rule: filed within 15 days counted from the day after the
 *   birth, it is treated as filed in the month of birth (江戸川区 Q&A: born
 *   4/30, filed by 5/15 → from May).
 * So the deadline is the later of the 15th day (rolled to the next open day:
 * 池田市 2019, born 4/12 → 5/7) and the last open day of the birth month
 * (木津川市 2017 table: born 12/1–12/13 → 12/28, born 12/14 → 1/4).
 */
export function childAllowanceFifteenDayDeadlineDay(birth: number): number {
  return Math.max(rollForwardToOpenDayNumber(birth + 15), lastOpenDayOfMonthNumber(birth));
}

export const birthRegistrationDeadline = (birthDate: CivilDate): CivilDate =>
  fromDayNumber(birthRegistrationDeadlineDay(dayNumber(birthDate)));

export const childAllowanceFifteenDayDeadline = (birthDate: CivilDate): CivilDate =>
  fromDayNumber(childAllowanceFifteenDayDeadlineDay(dayNumber(birthDate)));
