/**
 * ヒブ (Hib) catch-up for the 4種混合 generation, as the 定期接種実施要領 sets it (transcribed by 京都市
 * ちゃいるす, 東久留米市, さぬき市; see core/catalog/vaccines/hib.ts). The course is fixed by the age at the
 * first dose:
 * - first dose on or before the day the child reaches 7 months: 3 primary doses + a booster;
 * - from the next day to the day it reaches 12 months: 2 primary doses + a booster;
 * - later (to 60 months): 1 dose.
 * Primary doses 2 and 3 are given by the day the child reaches 12 months and not after; the booster
 * then follows the last primary dose given by 27日以上 (28 days), otherwise the completed primary
 * series by 7か月以上 (the same date 7 months on).
 */
import { dayMonthsReached } from '../../dates/offsets';
import type { JourneyText } from '../text';
import type { PcvCourse as CatchUpCourse, PcvDose as CatchUpDose } from './pcv';

const GIVEN: CatchUpDose = { skip: null };
const boosterAfterSeries = (dose: number): CatchUpDose => ({
  skip: null,
  after: { dose, months: 7, days: 0 },
});
/** After a primary series stopped at 12 months: only once past that day (the case exists only then). */
const boosterAfterStop = (dose: number, after12: number): CatchUpDose => ({
  skip: null,
  after: { dose, months: 0, days: 27 },
  notBefore: after12,
});

/**
 * The course for a child born on day `birth`, given the recorded doses (day numbers, null: none)
 * and today. Before a first dose, the course is the one today's age would start.
 */
export function hibCourse(
  birth: number,
  d1: number | null,
  d2: number | null,
  d3: number | null,
  onDay: number,
  t: JourneyText,
): CatchUpCourse {
  const start = d1 ?? onDay;
  const reached12 = dayMonthsReached(birth, 12);
  const past12 = onDay > reached12;
  if (start <= dayMonthsReached(birth, 7)) {
    const skip2 = d2 === null && past12 ? t.hibNotAfter12 : null;
    const skip3 = d3 === null && (skip2 !== null || past12) ? t.hibNotAfter12 : null;
    return {
      reason: t.hibCourse3,
      fourDoses: t.hibFourDoses,
      doses: [
        GIVEN,
        GIVEN,
        { skip: skip2 },
        { skip: skip3 },
        skip3 === null ? boosterAfterSeries(3) : boosterAfterStop(d2 !== null ? 2 : 1, reached12 + 1),
      ],
    };
  }
  if (start <= dayMonthsReached(birth, 12)) {
    const skip2 = d2 === null && past12 ? t.hibNotAfter12 : null;
    return {
      reason: t.hibCourse2,
      fourDoses: t.hibFourDoses,
      doses: [
        GIVEN,
        GIVEN,
        { skip: skip2 },
        { skip: t.hibNoThird },
        d3 !== null
          ? boosterAfterSeries(3)
          : skip2 === null
            ? boosterAfterSeries(2)
            : boosterAfterStop(1, reached12 + 1),
      ],
    };
  }
  const reason = t.hibCourseOne;
  return {
    reason,
    fourDoses: t.hibFourDoses,
    doses: [GIVEN, GIVEN, { skip: reason }, { skip: reason }, { skip: reason }],
  };
}
