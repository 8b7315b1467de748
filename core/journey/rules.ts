/**
 * Deadline rules, each a small named function with its legal basis.
 */
import { addDays, type CivilDate } from '../dates/civil-date';
import { rollForwardToOpenDay } from '../dates/holidays';

/**
 * 出生届: 戸籍法49条 — within 14 days; 43条 counts the day of birth as day 1,
 * so the last day is birth + 13; 地方自治法4条の2④ moves it past closing days.
 */
export function birthRegistrationDeadline(birthDate: CivilDate): CivilDate {
  return rollForwardToOpenDay(addDays(birthDate, 13));
}

/**
 * 児童手当 認定請求, 15-day rule (児童手当法8条③): filed within 15 days counted
 * from the day after the birth, it counts as filed in the month of birth.
 * The 15th day rolls to the next open day (practice confirmed by 池田市 2019 and
 * 木津川市 2017 municipal pages: born 2017-12-14 → 2018-01-04).
 */
export function childAllowanceFifteenDayDeadline(birthDate: CivilDate): CivilDate {
  return rollForwardToOpenDay(addDays(birthDate, 15));
}
