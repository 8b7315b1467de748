/**
 * Items that come once per insured working guardian: 育児休業給付金 (雇用保険法61条の7) and
 * 出生後休業支援給付金 (61条の10). Civil servants have the 共済 equivalents instead (育児休業手当金,
 * 出生後休業支援手当金: 国家公務員共済組合法70条の2・70条の2の2, 地方公務員等共済組合法70条の2・70条の2の2),
 * claimed through their employer.
 */
import { addDays } from '../dates/civil-date';
import type { Guardian } from '../household/schema';
import { statusOn } from './status';
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
    // Mothers: 育児休業 starts after the 56-day 産後休業.
    if (g.relationship === 'mother' && p.id === 'post-birth-leave-support-benefit' && item.closes)
      item.closes = addDays(item.closes, 56);
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
