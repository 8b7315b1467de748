/**
 * 幼児教育・保育の無償化 (子ども・子育て支援法30条の4 施設等利用給付; 保育所等は同法27条 with 施行令):
 * 幼稚園 and 認定こども園 (1号) from the day the child is 満3歳; 保育所 and 2号 from the April 1 after
 * the third birthday's school year (3歳になった後の最初の4月1日).
 */
import { dayEndOfSchoolYearOfAge } from '../../dates/age';
import type { Adjust } from '../frame';

export const preschoolFreeEducation: Adjust = (item, f, ctx) => {
  if (f.birth === null) return;
  item.why.facts.push(ctx.t.freeKindergarten, ctx.t.freeNursery(dayEndOfSchoolYearOfAge(f.birth, 3) + 1));
};
