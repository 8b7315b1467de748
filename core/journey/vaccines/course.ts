/**
 * Routine vaccinations (定期接種) dose by dose: each dose's routine window (予防接種法施行令3条; 1条の3 until 2024-03)
 * decides its status; the 標準的な接種期間 of the 定期接種実施要領 is shown beside it as `recommended`
 * (advice, never the window); intervals after an earlier dose follow {@link intervalDay}.
 */
import { dayNumber, fromDayNumber, type CivilDate } from '../../dates/civil-date';
import {
  doneAt,
  listOf,
  statusOnDay,
  type ChildFrame,
  type Context,
  type ItemStatus,
  type JourneyItem,
} from '../frame';
import { intervalDay, ruleDay, type Bound, type DosePlan, type Interval, type VaccinePlan } from '../plan';
import { hibCourse } from './hib';
import { hpvCourse } from './hpv';
import { pcvCourse, type PcvCourse, type PcvDose } from './pcv';

const ANY_DOSE: PcvDose = { skip: null };

function vaccineItem(
  vp: VaccinePlan,
  plan: DosePlan,
  f: ChildFrame,
  doneOn: CivilDate | null,
  status: ItemStatus,
  opens: CivilDate | null,
  closes: CivilDate | null,
  recommended: JourneyItem['recommended'],
  facts: string[],
): JourneyItem {
  return {
    id: plan.id,
    child: f.id,
    title: plan.title,
    kind: 'vaccination',
    group: 'vaccination',
    status,
    opens,
    due: null,
    closes,
    recommended,
    doneOn,
    filedAt: 'medical-institution',
    online: false,
    applyOnline: false,
    monthlyAmountYen: null,
    amount: null,
    documents: vp.documents as string[],
    why: { rule: vp.rule, facts, legalBasis: vp.legalBasis, source: vp.source },
  };
}

const doseDay = (vp: VaccinePlan, f: ChildFrame, n: number): number | null => {
  const d = doneAt(f, vp.doseSlots[n] ?? -1);
  return d === null ? null : dayNumber(d);
};

/** A bound's day, or null when it follows a dose not recorded yet. */
function boundDay(b: Bound, vp: VaccinePlan, f: ChildFrame, birth: number): number | null {
  if (b.rule) return ruleDay(b.rule, birth);
  const i = b.after as Interval;
  const prev = doseDay(vp, f, i.dose);
  return prev === null ? null : intervalDay(prev, i);
}

/** The standard period clipped to the routine window [opens, closes] (null if it cannot be dated or is empty). */
function recommendedPeriod(
  plan: DosePlan,
  vp: VaccinePlan,
  f: ChildFrame,
  birth: number,
  opens: number,
  closes: number,
): JourneyItem['recommended'] {
  if (!plan.recommended) return null;
  const from = boundDay(plan.recommended.from, vp, f, birth);
  const to = boundDay(plan.recommended.to, vp, f, birth);
  if (from === null || to === null) return null;
  const a = Math.max(from, opens);
  const b = Math.min(to, closes);
  return a > b ? null : { from: fromDayNumber(a), to: fromDayNumber(b) };
}

/** The last day dose `n` of the series can be given (null: no such dose in this series). */
function previousDoseCloses(doses: readonly DosePlan[], n: number, birth: number): number | null {
  for (const d of doses) if (d.n === n) return ruleDay(d.closes, birth);
  return null;
}

/**
 * A series for the other generation (5種混合 for a child who started on 4種混合, or the reverse): by the
 * household's records first, else by the day the first dose was due.
 */
function outsideRoutine(vp: VaccinePlan, doses: readonly DosePlan[], f: ChildFrame, birth: number): boolean {
  if (vp.routineFrom === null && vp.routineUntil === null) return false;
  for (const d of doses) if (doneAt(f, d.slot)) return false; // the household records this series
  for (const slot of vp.siblingSlots) if (doneAt(f, slot)) return true; // …or the other one
  const first = doses[0];
  if (!first) return false;
  const due = ruleDay(first.opens, birth);
  return (
    (vp.routineFrom !== null && due < vp.routineFrom) || (vp.routineUntil !== null && due >= vp.routineUntil)
  );
}

function unbornItem(
  vp: VaccinePlan,
  plan: DosePlan,
  f: ChildFrame,
  doneOn: CivilDate | null,
  ctx: Context,
): JourneyItem {
  const e = f.expected;
  // Built once, in the format's key order for an unborn child's dose (`estimated` after the window).
  return {
    id: plan.id,
    child: f.id,
    title: plan.title,
    kind: 'vaccination',
    group: 'vaccination',
    status: doneOn ? 'done' : 'upcoming',
    opens: null,
    due: null,
    closes: null,
    recommended: null,
    estimated: {
      opens: e === null ? null : fromDayNumber(ruleDay(plan.opens, e)),
      due: null,
      closes: e === null ? null : fromDayNumber(ruleDay(plan.closes, e)),
    },
    doneOn,
    filedAt: 'medical-institution',
    online: false,
    applyOnline: false,
    monthlyAmountYen: null,
    amount: null,
    documents: vp.documents as string[],
    why: { rule: vp.rule, facts: [ctx.t.vaccineUnborn], legalBasis: vp.legalBasis, source: vp.source },
  };
}

export function vaccineItems(vp: VaccinePlan, f: ChildFrame, ctx: Context, out: JourneyItem[]): void {
  if (!vp.femaleOnly) {
    doseItems(vp, f, ctx, out);
    return;
  }
  const start = out.length;
  doseItems(vp, f, ctx, out);
  if (f.child.sex === undefined)
    for (let i = start; i < out.length; i++) (out[i] as JourneyItem).why.facts.push(ctx.t.hpvSexNotRecorded);
}

function doseItems(vp: VaccinePlan, f: ChildFrame, ctx: Context, out: JourneyItem[]): void {
  const birth = f.birth;
  const doses = f.pentavalentRota ? vp.pentavalent : vp.monovalent;
  const anchor = birth ?? f.expected;
  const legacy = anchor !== null && outsideRoutine(vp, doses, f, anchor);
  // A series of the other generation is not shown at all: a child who started on 4種混合 sees its 4種混合
  // course (whose rule says why), a child of the 5種混合 generation sees no 4種混合 items.
  if (legacy) return;
  // HPV is routine for girls: not shown for a boy; for a child whose sex is not recorded, shown with a note.
  if (vp.femaleOnly && f.child.sex === 'male') return;
  if (birth === null) {
    for (const plan of doses) out.push(unbornItem(vp, plan, f, doneAt(f, plan.slot), ctx));
    return;
  }
  const catchUp =
    vp.catchUp === 'pcv'
      ? pcvCourse
      : vp.catchUp === 'hib'
        ? hibCourse
        : vp.catchUp === 'hpv'
          ? hpvCourse
          : null;
  const pcv: PcvCourse | null =
    catchUp && catchUp(birth, doseDay(vp, f, 1), doseDay(vp, f, 2), doseDay(vp, f, 3), ctx.onDay, ctx.t);
  // A child at school: a dose whose window closed before the date is dropped anyway (keepSchoolYears); only
  // the HPV course can extend a window (the catch-up), so only it is always built.
  const skipBefore = vp.catchUp === 'hpv' ? null : f.closedBefore;
  for (const plan of doses) {
    if (skipBefore !== null && ruleDay(plan.closes, birth) < skipBefore) continue;
    const doneOn = doneAt(f, plan.slot);
    const course = pcv ? (pcv.doses[plan.n] ?? ANY_DOSE) : ANY_DOSE;
    const skip = course.skip;
    if (skip !== null && !doneOn) {
      const item = vaccineItem(vp, plan, f, null, 'not-applicable', null, null, null, [skip]);
      item.why.appliesWhen = (pcv as PcvCourse).fourDoses;
      out.push(item);
      continue;
    }
    let opens = ruleDay(plan.opens, birth);
    if (course.notBefore !== undefined && course.notBefore > opens) opens = course.notBefore;
    const closes = course.closes ?? ruleDay(plan.closes, birth);
    const after = course.after ?? plan.after;
    let prevFact: string | null = null;
    if (after) {
      const prev = doneAt(f, vp.doseSlots[after.dose] ?? -1);
      if (!prev) {
        // A course goes in order: once the earlier dose can no longer be given, neither can this one
        // (ロタ: dose 1 closes at 14 weeks 6 days, long before dose 2's end).
        const earlier = previousDoseCloses(doses, after.dose, birth);
        const lost = earlier !== null && ctx.onDay > earlier;
        const status = doneOn ? 'done' : lost || ctx.onDay > closes ? 'missed' : 'upcoming';
        out.push(
          vaccineItem(
            vp,
            plan,
            f,
            doneOn,
            status,
            null,
            fromDayNumber(closes),
            null,
            lost
              ? [ctx.t.vaccinePreviousMissed(after.dose), ctx.t.vaccineUntil(closes)]
              : [ctx.t.vaccineAfterDose(after.dose), ctx.t.vaccineUntil(closes)],
          ),
        );
        continue;
      }
      const earliest = intervalDay(dayNumber(prev), after);
      if (earliest > opens) opens = earliest;
      prevFact = ctx.t.vaccinePrevious(after.dose, prev);
    }
    const also = plan.alsoAfter;
    const alsoPrev = also && doseDay(vp, f, also.dose);
    if (also && alsoPrev !== null) opens = Math.max(opens, intervalDay(alsoPrev, also));
    const courseFact = pcv && pcv.reason;
    if (opens > closes) {
      // no day in the window is far enough from the previous dose
      const facts = listOf(prevFact, courseFact, ctx.t.vaccineNoRoom);
      out.push(
        vaccineItem(
          vp,
          plan,
          f,
          doneOn,
          doneOn ? 'done' : 'missed',
          null,
          fromDayNumber(closes),
          null,
          facts,
        ),
      );
      continue;
    }
    const facts = listOf(prevFact, courseFact, ctx.t.vaccinePeriod(opens, closes));
    out.push(
      vaccineItem(
        vp,
        plan,
        f,
        doneOn,
        statusOnDay(ctx.onDay, opens, null, closes, doneOn),
        fromDayNumber(opens),
        fromDayNumber(closes),
        recommendedPeriod(plan, vp, f, birth, opens, closes),
        facts,
      ),
    );
  }
}
