/**
 * Items that come once per insured working guardian: 育児休業給付金 (雇用保険法61条の7) and
 * 出生後休業支援給付金 (61条の10). Civil servants have the 共済 equivalents instead (育児休業手当金,
 * 出生後休業支援手当金: 国家公務員共済組合法70条の2・70条の2の2, 地方公務員等共済組合法70条の2・70条の2の2),
 * claimed through their employer.
 *
 * Windows: 出生後休業支援給付金's 対象期間 runs from the earlier of the birth and the due date to the day
 * after 8 weeks (a mother: 16 weeks) counted from the later one (雇用保険法61条の10; MHLW leaflet
 * 「育児休業等給付の内容と支給申請手続」 as quoted at https://office-mori.biz/?p=9399). A mother's
 * 育児休業 starts after her 産後休業, the 8 weeks after the birth (労働基準法65条②): her 育児休業給付金
 * opens on the 57th day after the birth.
 */
import { fromDayNumber } from '../dates/civil-date';
import type { Guardian } from '../household/schema';
import { setCloses, statusOn } from './status';
import type { ChildFrame, Context, JourneyItem } from './frame';
import type { Cond, ServicePlan } from './plan';

/** Counterparts under 共済 (civil servants), by service id, in the journey's language. */
function mutualAidOf(id: string, t: Context['t']): { name: string; legalBasis: string } | undefined {
  if (id === 'childcare-leave-benefit') return t.mutualAidLeave;
  if (id === 'post-birth-leave-support-benefit') return t.mutualAidPostBirth;
  return undefined;
}

const insuredWorker = (g: Guardian) => g.employment === 'employee' || g.employment === 'civil-servant';

/** The real reason a guardian item does not apply: the failing condition, in plain words. */
function reasonFor(c: Cond | undefined, workers: number, f: ChildFrame, t: Context['t']): string {
  if (c?.when === 'born-on-or-after') return t.bornOnOrAfter(c.date as never, f.dateFact);
  if (workers === 0) return t.noInsuredWorker;
  return t.conditionsNotMet;
}

/** 8 weeks after the birth, the 産後休業's last day; the 対象期間 of a mother runs 16 weeks. */
const WEEKS_8 = 56;

function leaveWindow(item: JourneyItem, id: string, mother: boolean, f: ChildFrame, ctx: Context): void {
  if (id === 'post-birth-leave-support-benefit') {
    const birth = f.birth ?? f.expected;
    if (birth === null) return;
    const due = f.expected ?? birth;
    const end = Math.max(birth, due) + (mother ? 2 * WEEKS_8 : WEEKS_8);
    const w = f.birth === null ? item.estimated : item;
    if (!w) return;
    w.opens = fromDayNumber(Math.min(birth, due));
    if (w === item) setCloses(item, end, ctx.t);
    else w.closes = fromDayNumber(end);
  } else if (id === 'childcare-leave-benefit' && mother) {
    const w = f.birth === null ? item.estimated : item;
    const birth = f.birth ?? f.expected;
    if (w && birth !== null) w.opens = fromDayNumber(birth + WEEKS_8 + 1);
  } else return;
  if (mother) item.why.facts.push(ctx.t.leaveAfterPostnatal);
}

export function guardianItems(
  p: ServicePlan,
  f: ChildFrame,
  ctx: Context,
  failing: Cond | undefined,
  build: () => JourneyItem,
  notApplicable: (reason: string) => JourneyItem,
  out: JourneyItem[],
): void {
  const workers = (ctx.workers ??= ctx.guardians.filter(insuredWorker));
  if (workers.length === 0 || failing) {
    out.push(notApplicable(reasonFor(failing, workers.length, f, ctx.t)));
    return;
  }
  for (const g of workers) {
    const item = build();
    item.guardian = g.id;
    item.doneOn = f.byGuardian?.get(`${p.id}:${g.id}`) ?? item.doneOn;
    leaveWindow(item, p.id, g.relationship === 'mother', f, ctx);
    if (item.opens) item.status = statusOn(ctx.on, item, item.doneOn);
    item.why.facts.push(ctx.t.guardianName(g.familyName, g.givenName));
    const mutual = g.employment === 'civil-servant' ? mutualAidOf(p.id, ctx.t) : undefined;
    if (mutual) {
      item.why.legalBasis = mutual.legalBasis;
      item.why.facts.push(ctx.t.mutualAid(mutual.name));
    }
    out.push(item);
  }
}
