/**
 * The journey: every item a household meets from pregnancy to 18歳年度末 (20 where a right runs that long),
 * with window, deadline, status and why, computed from the catalog (data) and
 * a few named rules. Format `nonstop-journey/1` is a public contract: extend
 * it, never break it.
 *
 * Where the rules live: the catalog (core/catalog/services, vaccines) holds the
 * data; the named adjustments, one file per service, are in ./adjustments; the
 * vaccination courses (routine windows, intervals, PCV catch-up) in ./vaccines;
 * the items per working guardian in ./guardian-items.ts.
 */
import { dayEndOfSchoolYearOfAge } from '../dates/age';
import { compare, dayNumber, type CivilDate } from '../dates/civil-date';
import { dayMonthsReached } from '../dates/offsets';
import {
  allowanceChildren,
  childAllowanceSummary,
  type ChildAllowanceSummary,
} from '../benefits/child-allowance';
import { catalog, knownItemIds } from '../catalog/catalog';
import { municipalityName } from '../municipalities';
import type { MunicipalOverlay } from '../catalog/municipalities/overlay';
import type { Household } from '../household/schema';
import { adjustments } from './adjustments';
import {
  doneAt,
  iso,
  listOf,
  statusOnDay,
  type Adjust,
  type ChildFrame,
  type Context,
  type JourneyItem,
  type Why,
} from './frame';
import { guardianItems } from './guardian-items';
import {
  compiledCatalog,
  ruleDay,
  schoolEntryDay,
  type CompiledCatalog,
  type Cond,
  type ServicePlan,
} from './plan';
import { vaccineItems } from './vaccines/course';
import { TEXT, type Lang } from './text';

export type { ItemStatus, JourneyItem, Why, Window } from './frame';
export { statusOn } from './status';
export { nextMonthlyRound } from './adjustments/nursery-application';
export type { Lang } from './text';

export const JOURNEY_FORMAT = 'nonstop-journey/1';

export interface Journey {
  format: typeof JOURNEY_FORMAT;
  on: CivilDate;
  municipality: { code: string; name: string | null; overlay: boolean };
  notices: string[];
  items: JourneyItem[];
  childAllowance: ChildAllowanceSummary;
}

function conditionHolds(c: Cond, ctx: Context, f: ChildFrame): boolean {
  switch (c.when) {
    case 'unborn':
      return f.birth === null;
    case 'born':
      return f.birth !== null;
    case 'born-on-or-after':
      return f.birthOrExpected >= c.date;
    case 'guardian-insurance':
      for (const g of ctx.guardians)
        if (g.insurance === c.insurance && (c.relationship === 'any' || g.relationship === c.relationship))
          return true;
      return false;
    case 'guardian-employed-as-employee':
      for (const g of ctx.guardians) if (g.employment === 'employee') return true;
      return false;
    case 'guardian-insured-worker':
      for (const g of ctx.guardians)
        if (g.employment === 'employee' || g.employment === 'civil-servant') return true;
      return false;
    case 'mother-insured-worker':
      // 被保険者 herself: employed with 健康保険, or a civil servant with 共済 (not a dependent, not 国保).
      for (const g of ctx.guardians)
        if (
          g.relationship === 'mother' &&
          g.insuredAs !== 'dependent' &&
          ((g.employment === 'employee' && g.insurance === 'employee') ||
            (g.employment === 'civil-servant' && g.insurance === 'mutual-aid'))
        )
          return true;
      return false;
    case 'birth-weight-under':
      return f.birthWeightGrams !== null && f.birthWeightGrams < c.grams;
    case 'single-parent':
      return ctx.singleParent;
    case 'disability':
      return f.disability;
    case 'opted-in':
      return ctx.privateOffers.includes(c.offer);
  }
}

function firstFailing(p: ServicePlan, ctx: Context, f: ChildFrame): Cond | undefined {
  for (const c of p.conditions) if (!conditionHolds(c, ctx, f)) return c;
  return undefined;
}

/** The day a service opens for a birth (or expected birth) on day `anchor`, after its programme starts. */
function opensDay(p: ServicePlan, anchor: number): number | null {
  if (!p.opens) return null;
  const opens = ruleDay(p.opens, anchor);
  return p.notBefore !== null && p.notBefore > opens ? p.notBefore : opens;
}

function baseItem(p: ServicePlan, f: ChildFrame, ctx: Context): JourneyItem {
  const { birth, expected } = f;
  let opens: number | null = null;
  let due: number | null = null;
  let closes: number | null = null;
  // Before the birth, pregnancy items run on the expected date; others show only an opening that
  // anchors on it (e.g. 42 days before), and their end as if the baby came on that day.
  const at = birth ?? (p.pregnancy ? expected : null);
  if (at !== null) {
    opens = opensDay(p, at);
    due = p.due && ruleDay(p.due, at);
    closes = p.closes && ruleDay(p.closes, at);
  } else if (expected !== null && p.opensOnExpected) {
    opens = opensDay(p, expected);
    closes = p.closes && ruleDay(p.closes, expected);
  }
  // Still pregnant after the due date: what ends on the due date (妊婦健診, 妊娠届) is still open until the birth.
  const pastDue =
    birth === null && p.pregnancy && closes !== null && closes === expected && ctx.onDay > closes;
  if (pastDue) closes = null;
  const doneOn = doneAt(f, p.index);
  const withoutDates = birth === null && !p.pregnancy && !(expected !== null && p.opensOnExpected);
  const facts = listOf(
    f.dateFact,
    due === null ? null : ctx.t.deadline(due),
    closes === null ? (pastDue ? ctx.t.untilBirth : null) : ctx.t.ends(closes),
  );
  const why: Why = { rule: p.rule, facts, legalBasis: p.legalBasis, source: p.source };
  if (p.unverified !== null) why.unverified = p.unverified;
  const item: JourneyItem = {
    id: p.id,
    child: f.id,
    title: p.title,
    kind: p.kind,
    group: p.group,
    status: withoutDates
      ? doneOn
        ? 'done'
        : 'upcoming'
      : statusOnDay(ctx.onDay, opens, due, closes, doneOn),
    opens: iso(opens),
    due: iso(due),
    closes: iso(closes),
    doneOn,
    filedAt: p.filedAt,
    online: p.online,
    applyOnline: false,
    monthlyAmountYen: p.monthlyAmountYen,
    amount: p.amount,
    documents: p.documents,
    why,
  };
  if (withoutDates && expected !== null)
    item.estimated = {
      opens: iso(opensDay(p, expected)),
      due: iso(p.due && ruleDay(p.due, expected)),
      closes: iso(p.closes && ruleDay(p.closes, expected)),
    };
  return item;
}

function notApplicable(p: ServicePlan, f: ChildFrame, reason: string): JourneyItem {
  return {
    id: p.id,
    child: f.id,
    title: p.title,
    kind: p.kind,
    group: p.group,
    status: 'not-applicable',
    opens: null,
    due: null,
    closes: null,
    doneOn: null,
    filedAt: p.filedAt,
    online: p.online,
    applyOnline: false,
    monthlyAmountYen: null,
    // Amounts revised every April are the year's, worked out only for an item that applies.
    amount: p.fiscalYearAmount ? null : p.amount,
    documents: p.documents,
    why: {
      rule: p.rule,
      facts: [reason],
      legalBasis: p.legalBasis,
      source: p.source,
      appliesWhen: p.appliesWhen,
    },
  };
}

// The adjustment of each compiled service, by its index (looked up once per catalog, not per item).
const adjustmentsByCatalog = new WeakMap<CompiledCatalog, (Adjust | undefined)[]>();

function adjustmentsOf(plan: CompiledCatalog): (Adjust | undefined)[] {
  let list = adjustmentsByCatalog.get(plan);
  if (!list) adjustmentsByCatalog.set(plan, (list = plan.services.map((p) => adjustments[p.id])));
  return list;
}

function serviceItems(
  adjust: readonly (Adjust | undefined)[],
  p: ServicePlan,
  f: ChildFrame,
  ctx: Context,
  out: JourneyItem[],
): void {
  const failing = firstFailing(p, ctx, f);
  if (p.kind === 'private' && failing) return; // never shown without opt-in
  if (failing?.when === 'unborn') return; // a pregnancy item after the birth: that stage is over
  // Before the birth an item for born children is shown as upcoming, its window estimated from the expected date.
  const beforeBirth = failing?.when === 'born' && f.expected !== null;
  if (!beforeBirth) {
    if (p.concerns === 'guardian')
      return guardianItems(
        p,
        f,
        ctx,
        failing,
        () => baseItem(p, f, ctx),
        (reason) => notApplicable(p, f, reason),
        out,
      );
    if (failing) {
      out.push(notApplicable(p, f, p.appliesWhen));
      return;
    }
  }
  const item = baseItem(p, f, ctx);
  if (adjust[p.index]?.(item, f, ctx) === false) return;
  // Only a programme with a start date (notBefore) can begin after the child has outgrown it.
  out.push(p.notBefore === null ? item : outgrown(p, f, item, ctx));
}

/** A programme that starts after the child has outgrown it (e.g. from 2026-04 for under-3s) does not apply. */
function outgrown(p: ServicePlan, f: ChildFrame, item: JourneyItem, ctx: Context): JourneyItem {
  const w = item.opens || item.closes ? item : (item.estimated ?? item);
  if (!w.opens || !w.closes || compare(w.opens, w.closes) <= 0) return item;
  // Recorded as done anyway: keep the record, without an impossible window.
  if (item.status === 'done') {
    item.opens = null;
    if (item.estimated) item.estimated.opens = null;
    return item;
  }
  return notApplicable(p, f, ctx.t.outgrown(w.closes));
}

/** Services whose adjustment can move their end past the catalog's (a school child keeps them while open). */
const ENDS_BY_ADJUSTMENT = new Set(['child-medical-subsidy', 'child-rearing-allowance']);

/**
 * For a child at school: a service that keepSchoolYears would drop whatever its adjustment does — its catalog end
 * is past (and no adjustment extends it), or it has no end and no monthly amount (a procedure of the birth).
 * Benefits with no end of their own whose amount an adjustment sets (児童手当's claims) are kept.
 */
function closedForSchoolChild(p: ServicePlan, birth: number, onDay: number): boolean {
  if (ENDS_BY_ADJUSTMENT.has(p.id)) return false;
  if (p.closes !== null) return ruleDay(p.closes, birth) < onDay;
  return p.monthlyAmountYen === null && adjustments[p.id] === undefined;
}

/** Past the last day any right runs: 18歳年度末, or the day 20 is reached with a disability. */
function beyondHorizon(birth: number, disability: boolean, onDay: number): boolean {
  if (onDay <= dayEndOfSchoolYearOfAge(birth, 18)) return false;
  return !disability || onDay > dayMonthsReached(birth, 240);
}

/**
 * A child at school keeps what is still open or still paid on the date: an item whose window has not closed
 * (a 2期 vaccination, 日本脳炎 1期 to 生後90月, 子ども医療費助成 to the overlay's age, 特別児童扶養手当 to 20) and
 * a monthly benefit with no end of its own (児童手当, paid to 18歳年度末). What closed — the infant check-ups
 * and doses, missed or done, and the birth's procedures — leaves the journey once the child is at school.
 */
function keepSchoolYears(items: JourneyItem[], start: number, on: CivilDate): void {
  let kept = start;
  for (let i = start; i < items.length; i++) {
    const item = items[i] as JourneyItem;
    const keep = item.closes === null ? item.monthlyAmountYen !== null : item.closes >= on;
    if (keep) items[kept++] = item;
  }
  items.length = kept;
}

/** A child's completions by item slot, and its guardians' own records (a later record of the same item wins). */
function completionsOf(h: Household, childId: string, plan: CompiledCatalog, f: ChildFrame): void {
  for (const c of h.completed) {
    if (c.child !== childId) continue;
    const slot = plan.slots.get(c.item);
    if (slot !== undefined) (f.done ??= new Array<CivilDate | null>(plan.slots.size).fill(null))[slot] = c.on;
    else if (c.item.includes(':')) (f.byGuardian ??= new Map()).set(c.item, c.on);
  }
}

function notices(h: Household, on: CivilDate, overlay: MunicipalOverlay | undefined): string[] {
  const out: string[] = [];
  if (!overlay)
    out.push(
      `municipality ${h.municipalityCode} has no overlay: national defaults are shown (医療費助成・保育の申込期間は目安)`,
    );
  const known = knownItemIds();
  for (let i = 0; i < h.completed.length; i++) {
    const done = h.completed[i] as Household['completed'][number];
    // A guardian's own record is `item:guardian`.
    const colon = done.item.indexOf(':');
    if (!known.has(colon < 0 ? done.item : done.item.slice(0, colon)))
      out.push(`completed[${i}].item: unknown item id "${done.item}" (ignored)`);
    for (const child of h.children)
      if (
        child.id === done.child &&
        child.birthDate &&
        done.on < child.birthDate &&
        !done.item.startsWith('pregnancy')
      )
        out.push(`completed[${i}].on: ${done.on} is before the birth (${child.birthDate})`);
  }
  // Implausible but possible facts are said, not refused (the journey is computed as given).
  for (const g of h.guardians)
    for (const child of h.children)
      if (child.birthDate && g.birthDate >= child.birthDate)
        out.push(
          `guardians.${g.id}.birthDate: ${g.birthDate} is not before the birth of child ${child.id} (${child.birthDate})`,
        );
  const onDay = dayNumber(on);
  for (const child of h.children) {
    if (child.birthDate) {
      if (child.birthDate > on)
        out.push(`children.${child.id}.birthDate: ${child.birthDate} is after the journey date ${on}`);
      continue;
    }
    if (!child.expectedBirthDate) continue;
    const expected = dayNumber(child.expectedBirthDate);
    if (expected > onDay + 306)
      out.push(
        `children.${child.id}.expectedBirthDate: ${child.expectedBirthDate} is more than 10 months after ${on}`,
      );
    else if (expected < onDay - 42)
      out.push(
        `children.${child.id}.expectedBirthDate: ${child.expectedBirthDate} is more than 6 weeks past and no birthDate is recorded`,
      );
  }
  return out;
}

/**
 * Items the household recorded as not concerning it (`declined`, with its reason): shown as
 * not-applicable with that reason and the record, unless the item was done anyway.
 */
function applyDeclined(
  declined: NonNullable<Household['declined']>,
  items: JourneyItem[],
  ctx: Context,
): void {
  for (const d of declined) {
    const colon = d.item.indexOf(':');
    const id = colon < 0 ? d.item : d.item.slice(0, colon);
    const guardian = colon < 0 ? undefined : d.item.slice(colon + 1);
    for (const item of items) {
      if (item.id !== id || item.status === 'done') continue;
      if (d.child !== undefined && item.child !== d.child) continue;
      if (guardian !== undefined && item.guardian !== guardian) continue;
      item.status = 'not-applicable';
      item.opens = item.due = item.closes = null;
      item.declined = { on: d.on, reason: d.reason };
      item.why.facts = [ctx.t.declined(d.on, d.reason), ...item.why.facts];
    }
  }
}

export interface JourneyOptions {
  /**
   * The language of the texts the journey carries (why.*, documents, childAllowance.notes; titles are
   * always both): Japanese unless asked. Ids, dates, amounts and statuses do not depend on it.
   */
  lang?: Lang;
}

export function computeJourney(h: Household, on: CivilDate, options?: JourneyOptions): Journey {
  const lang = options?.lang ?? 'ja';
  const t = TEXT[lang];
  const plan = compiledCatalog(catalog(), lang);
  const adjust = adjustmentsOf(plan);
  const overlay = catalog().overlays.get(h.municipalityCode);
  const ctx: Context = {
    h,
    t,
    guardians: h.guardians,
    singleParent: h.singleParent === true,
    privateOffers: h.privateOffers ?? [],
    on,
    onDay: dayNumber(on),
    overlay,
    born: undefined,
    claims: undefined,
    otherRounds: undefined,
    nextMonthAmounts: undefined,
    claimant: undefined,
    workers: undefined,
  };
  const items: JourneyItem[] = [];
  for (const child of h.children) {
    const birth = child.birthDate ? dayNumber(child.birthDate) : null;
    // The journey runs from pregnancy through the whole of childhood: to 18歳年度末, or to 20 for a child
    // with a disability (特別児童扶養手当, 児童扶養手当法3条). After primary-school entry only what is still
    // open or paid stays (see keepSchoolYears).
    const entry = birth === null ? null : schoolEntryDay(birth);
    if (birth !== null && beyondHorizon(birth, child.disability !== undefined, ctx.onDay)) continue;
    const start = items.length;
    const expected = child.expectedBirthDate ? dayNumber(child.expectedBirthDate) : null;
    const f: ChildFrame = {
      child,
      id: child.id,
      birth,
      expected,
      birthOrExpected: child.birthDate ?? child.expectedBirthDate ?? '',
      birthWeightGrams: child.birthWeightGrams ?? null,
      disability: child.disability !== undefined,
      pentavalentRota: child.rotavirusVaccine === 'pentavalent',
      dateFact: birth !== null ? t.born(birth) : expected !== null ? t.expected(expected) : null,
      done: null,
      byGuardian: null,
      closedBefore: null,
      birthSet: null,
    };
    completionsOf(h, child.id, plan, f);
    // A child at school: what closed before the date is not built at all (keepSchoolYears would drop it).
    const schoolAge = entry !== null && entry <= ctx.onDay;
    f.closedBefore = schoolAge ? ctx.onDay : null;
    for (const p of plan.services)
      if (!schoolAge || !closedForSchoolChild(p, birth as number, ctx.onDay))
        serviceItems(adjust, p, f, ctx, items);
    for (const vp of plan.vaccines) vaccineItems(vp, f, ctx, items);
    if (entry !== null && entry <= ctx.onDay) keepSchoolYears(items, start, on);
  }
  if (h.declined?.length) applyDeclined(h.declined, items, ctx);
  return {
    format: JOURNEY_FORMAT,
    on,
    municipality: {
      code: h.municipalityCode,
      name: municipalityName(h.municipalityCode) ?? null,
      overlay: overlay !== undefined,
    },
    notices: notices(h, on, overlay),
    items,
    childAllowance: childAllowanceSummary(h, on, (ctx.born ??= allowanceChildren(h)), t, ctx.claims),
  };
}
