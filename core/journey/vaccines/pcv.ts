/**
 * 小児肺炎球菌 (PCV) catch-up, as the 定期接種実施要領 sets it (transcribed by 丹波市, 秩父別町, 紀北町;
 * fact sheet §0b, §7). The course is fixed by the age at the first dose:
 * - first dose on or before the day the child reaches 7 months (生後7月に至るまで): 3 doses + booster;
 * - from the next day to the day it reaches 12 months: 2 doses + booster;
 * - to the day it reaches 24 months: 2 doses at least 60 days apart;
 * - later (to 60 months): 1 dose.
 * The primary series' 2nd and 3rd doses are not given after 24 months (the booster still is, after
 * the last primary dose given); dose 3 is dropped when dose 2 was given after the day the child
 * reaches 12 months. The booster: from 12 months, 60日以上 after the last primary dose.
 */
import { dayMonthsReached } from '../../dates/offsets';
import type { Interval } from '../plan';
import type { JourneyText } from '../text';

export interface PcvDose {
  /** Not given in this course: why (null: given). */
  skip: string | null;
  /** The interval that replaces the catalog's, if any. */
  after?: Interval;
  /** The last day that replaces the catalog's, if any (day number). */
  closes?: number;
  /** A first day later than the catalog's, if any (day number). */
  notBefore?: number;
}

export interface PcvCourse {
  reason: string;
  /** For a dose the course skips: when the full course would apply. */
  fourDoses: string;
  /** By dose number (index 0 unused). */
  doses: readonly PcvDose[];
}

const GIVEN: PcvDose = { skip: null };
const booster = (after: number): PcvDose => ({ skip: null, after: { dose: after, months: 0, days: 60 } });
/** The booster follows the course's last primary dose, or a later primary dose the household records anyway. */
const lastPrimary = (expected: number, d2: number | null, d3: number | null): number =>
  Math.max(expected, d3 !== null ? 3 : d2 !== null ? 2 : 1);

/**
 * The course for a child born on day `birth`, given the recorded doses (day numbers, null: none)
 * and today. Before a first dose, the course is the one today's age would start.
 */
export function pcvCourse(
  birth: number,
  d1: number | null,
  d2: number | null,
  d3: number | null,
  onDay: number,
  t: JourneyText,
): PcvCourse {
  const NOT_AFTER_24 = t.pcvNotAfter24;
  const start = d1 ?? onDay;
  const past24 = onDay > dayMonthsReached(birth, 24);
  if (start <= dayMonthsReached(birth, 7)) {
    const skip2 = d2 === null && past24 ? NOT_AFTER_24 : null;
    const skip3 =
      d2 !== null && d2 > dayMonthsReached(birth, 12)
        ? t.pcvThirdNotNeeded
        : (skip2 ?? (d3 === null && past24 ? NOT_AFTER_24 : null));
    return {
      reason: t.pcvCourse3,
      fourDoses: t.pcvFourDoses,
      doses: [
        GIVEN,
        GIVEN,
        { skip: skip2 },
        { skip: skip3 },
        booster(lastPrimary(skip3 === null ? 3 : skip2 === null ? 2 : 1, d2, d3)),
      ],
    };
  }
  if (start <= dayMonthsReached(birth, 12)) {
    const skip2 = d2 === null && past24 ? NOT_AFTER_24 : null;
    return {
      reason: t.pcvCourse2,
      fourDoses: t.pcvFourDoses,
      doses: [
        GIVEN,
        GIVEN,
        { skip: skip2 },
        { skip: t.pcvNoThird },
        booster(lastPrimary(skip2 ? 1 : 2, d2, d3)),
      ],
    };
  }
  if (start <= dayMonthsReached(birth, 24)) {
    const reason = t.pcvCourseLate;
    return {
      reason,
      fourDoses: t.pcvFourDoses,
      doses: [
        GIVEN,
        GIVEN,
        { skip: null, after: { dose: 1, months: 0, days: 60 }, closes: dayMonthsReached(birth, 60) },
        { skip: reason },
        { skip: reason },
      ],
    };
  }
  const reason = t.pcvCourseOne;
  return {
    reason,
    fourDoses: t.pcvFourDoses,
    doses: [GIVEN, GIVEN, { skip: reason }, { skip: reason }, { skip: reason }],
  };
}
