/**
 * The journey: every item a household meets from pregnancy to school entry,
 * with window, deadline, status and why, computed from the catalog (data) and
 * a few named rules. Format `nonstop-journey/1` is a public contract: extend
 * it, never break it.
 */
import { endOfSchoolYearOfAge } from '../dates/age';
import { addDays, compare, fromParts, parts, type CivilDate } from '../dates/civil-date';
import { addCalendarMonths, dateMonthsReached } from '../dates/offsets';
import { formatWareki } from '../dates/wareki';
import {
  childAllowanceForMonth,
  childAllowanceSummary,
  monthOf,
  type ChildAllowanceSummary,
} from '../benefits/child-allowance';
import { catalog, knownItemIds } from '../catalog/catalog';
import { municipalityName } from '../municipalities';
import { NATIONAL_DEFAULTS, type MunicipalOverlay } from '../catalog/municipalities/overlay';
import type { Condition, DateRule, ServiceDefinition, VaccineDefinition } from '../catalog/schema';
import { allowanceClaimant, type Child, type Guardian, type Household } from '../household/schema';
import { birthRegistrationDeadline, childAllowanceFifteenDayDeadline } from './rules';

export const JOURNEY_FORMAT = 'nonstop-journey/1';

export type ItemStatus = 'done' | 'due' | 'upcoming' | 'overdue' | 'missed' | 'not-applicable';

export interface Why {
  rule: string;
  facts: string[];
  legalBasis: string;
  source: string;
  /** For a not-applicable item: what would make it apply. */
  appliesWhen?: string;
  unverified?: string;
}

export interface Window {
  opens: CivilDate | null;
  due: CivilDate | null;
  closes: CivilDate | null;
}

export interface JourneyItem extends Window {
  id: string;
  child: string | null;
  guardian?: string;
  title: { ja: string; en: string };
  kind: ServiceDefinition['kind'];
  group: ServiceDefinition['group'];
  status: ItemStatus;
  doneOn: CivilDate | null;
  filedAt: ServiceDefinition['filedAt'];
  online: boolean;
  /** Procedures the app can prefill and submit. */
  applyOnline: boolean;
  monthlyAmountYen: number | null;
  amount: { yen: number; per: 'once' | 'month' | 'fetus' | 'day' } | null;
  /** Before the birth: the window if the baby arrives on the expected date. */
  estimated?: Window;
  documents: string[];
  why: Why;
}

export interface Journey {
  format: typeof JOURNEY_FORMAT;
  on: CivilDate;
  municipality: { code: string; name: string | null; overlay: boolean };
  notices: string[];
  items: JourneyItem[];
  childAllowance: ChildAllowanceSummary;
}

const NO_WINDOW: Window = { opens: null, due: null, closes: null };

/** Status from the window, the completion and the date. */
export function statusOn(on: CivilDate, w: Window, doneOn: CivilDate | null): ItemStatus {
  if (doneOn) return 'done';
  if (w.opens && compare(on, w.opens) < 0) return 'upcoming';
  if (w.closes && compare(on, w.closes) > 0) return 'missed';
  if (w.due && compare(on, w.due) > 0) return 'overdue';
  return 'due';
}

const later = (a: CivilDate, b: CivilDate) => (compare(a, b) >= 0 ? a : b);

function offset(
  date: CivilDate,
  r: { years?: number | undefined; months?: number | undefined; days?: number | undefined },
): CivilDate {
  return addDays(addCalendarMonths(date, (r.years ?? 0) * 12 + (r.months ?? 0)), r.days ?? 0);
}

const SCHOOL_ENTRY: DateRule = { from: 'school-entry' };

// Rules are immutable catalog objects and a birth date is a string, so a rule's
// date for a birth never changes: memoised per rule (recomputing a journey when
// the date moves, or many households, re-evaluates the same rules).
const ruleMemo = new WeakMap<DateRule, Map<string, CivilDate>>();

/** Evaluate a date rule for a child whose birth (actual or expected) is `birth`. */
export function evaluateRule(rule: DateRule | null, birth: CivilDate | null): CivilDate | null {
  if (!rule || !birth) return null;
  let memo = ruleMemo.get(rule);
  if (!memo) ruleMemo.set(rule, (memo = new Map()));
  let date = memo.get(birth);
  if (date === undefined) {
    date = evaluateRuleUncached(rule, birth);
    if (memo.size < 50_000) memo.set(birth, date);
  }
  return date;
}

function evaluateRuleUncached(rule: DateRule, birth: CivilDate): CivilDate {
  switch (rule.from) {
    case 'birth':
    case 'expected-birth':
      return offset(birth, rule);
    case 'age': {
      const months = (rule.years ?? 0) * 12 + (rule.months ?? 0);
      return addDays(dateMonthsReached(birth, months), rule.days ?? 0);
    }
    case 'school-year-end':
      return addDays(endOfSchoolYearOfAge(birth, rule.age), rule.days ?? 0);
    case 'school-entry':
      return offset(addDays(endOfSchoolYearOfAge(birth, 6), 1), rule);
    case 'date':
      return rule.date as CivilDate;
    case 'named':
      return rule.name === 'birth-registration-deadline'
        ? birthRegistrationDeadline(birth)
        : childAllowanceFifteenDayDeadline(birth);
  }
}

interface Context {
  h: Household;
  on: CivilDate;
  completions: Map<string, CivilDate>;
  overlay: MunicipalOverlay | undefined;
}

const key = (item: string, child: string | null) => `${item}\u0000${child ?? ''}`;

function conditionHolds(c: Condition, h: Household, child: Child): boolean {
  switch (c.when) {
    case 'unborn':
      return !child.birthDate;
    case 'born':
      return child.birthDate !== undefined;
    case 'born-on-or-after':
      return (child.birthDate ?? child.expectedBirthDate ?? '') >= c.date;
    case 'guardian-insurance':
      return h.guardians.some(
        (g) => g.insurance === c.insurance && (c.relationship === 'any' || g.relationship === c.relationship),
      );
    case 'guardian-employed-as-employee':
      return h.guardians.some((g) => g.employment === 'employee');
    case 'birth-weight-under':
      return child.birthWeightGrams !== undefined && child.birthWeightGrams < c.grams;
    case 'single-parent':
      return h.singleParent === true;
    case 'disability':
      return child.disability !== undefined;
    case 'opted-in':
      return (h.privateOffers ?? []).includes(c.offer as never);
  }
}

const windowMemo = new WeakMap<object, Map<string, Window>>();

/** A service's window for a birth date; memoised like the rules it is made of (treat the result as read-only). */
function windowFor(
  s: Pick<ServiceDefinition, 'opens' | 'due' | 'closes' | 'notBefore'>,
  birth: CivilDate | null,
): Window {
  if (!birth) return NO_WINDOW;
  let memo = windowMemo.get(s);
  if (!memo) windowMemo.set(s, (memo = new Map()));
  let w = memo.get(birth);
  if (!w) {
    let opens = evaluateRule(s.opens, birth);
    if (opens && s.notBefore) opens = later(opens, s.notBefore as CivilDate);
    w = { opens, due: evaluateRule(s.due, birth), closes: evaluateRule(s.closes, birth) };
    if (memo.size < 50_000) memo.set(birth, w);
  }
  return w;
}

function baseItem(s: ServiceDefinition, child: Child, ctx: Context): JourneyItem {
  const birth = child.birthDate ?? null;
  const expected = child.expectedBirthDate ?? null;
  // Rules that may anchor on the expected date before the birth (e.g. 8 weeks before the due date).
  const anchor =
    birth ??
    (s.opens?.from === 'expected-birth' || (s.opens?.from === 'birth' && s.opens.orExpected)
      ? expected
      : null);
  const pregnancyItem = s.conditions.some((c) => c.when === 'unborn');
  const w: Window = birth
    ? windowFor(s, birth)
    : pregnancyItem
      ? windowFor(s, expected)
      : { ...windowFor(s, anchor), due: null, closes: anchor ? windowFor(s, expected).closes : null };
  const doneOn = ctx.completions.get(key(s.id, child.id)) ?? null;
  const unbornWithoutDates = !birth && !pregnancyItem && !anchor;
  const facts: string[] = [];
  if (birth) facts.push(`出生日 ${formatWareki(birth)}`);
  else if (expected) facts.push(`出産予定日 ${formatWareki(expected)}`);
  if (w.due) facts.push(`期限 ${formatWareki(w.due)}`);
  if (w.closes) facts.push(`終了 ${formatWareki(w.closes)}`);
  const why: Why = { rule: s.rule, facts, legalBasis: s.legalBasis, source: s.source };
  if (s.unverified) why.unverified = s.unverified;
  // Built field by field rather than with object spreads: this runs for every item of every journey.
  const item: JourneyItem = {
    id: s.id,
    child: child.id,
    title: s.title,
    kind: s.kind,
    group: s.group,
    status: unbornWithoutDates ? (doneOn ? 'done' : 'upcoming') : statusOn(ctx.on, w, doneOn),
    opens: unbornWithoutDates ? null : w.opens,
    due: unbornWithoutDates ? null : w.due,
    closes: unbornWithoutDates ? null : w.closes,
    doneOn,
    filedAt: s.filedAt,
    online: s.online,
    applyOnline: false,
    monthlyAmountYen: s.amount?.per === 'month' ? s.amount.yen : null,
    amount: s.amount ?? null,
    documents: s.documents,
    why,
  };
  if (unbornWithoutDates && expected) item.estimated = { ...windowFor(s, expected) };
  return item;
}

function notApplicable(s: ServiceDefinition, child: Child, reason: string): JourneyItem {
  return {
    id: s.id,
    child: child.id,
    title: s.title,
    kind: s.kind,
    group: s.group,
    status: 'not-applicable',
    ...NO_WINDOW,
    doneOn: null,
    filedAt: s.filedAt,
    online: s.online,
    applyOnline: false,
    monthlyAmountYen: null,
    amount: s.amount ?? null,
    documents: s.documents,
    why: {
      rule: s.rule,
      facts: [reason],
      legalBasis: s.legalBasis,
      source: s.source,
      appliesWhen: s.appliesWhen,
    },
  };
}

// ---- named adjustments: the few services whose rule needs household facts beyond dates

type Adjust = (item: JourneyItem, child: Child, ctx: Context) => JourneyItem;

/** The next monthly admission round open on `on`: its deadline and the month it admits for. */
export function nextMonthlyRound(on: CivilDate, deadlineDay: number): string {
  const { year, month, day } = parts(on);
  const first =
    day <= deadlineDay
      ? fromParts(year, month, deadlineDay)
      : addCalendarMonths(fromParts(year, month, deadlineDay), 1);
  const admits = addCalendarMonths(first, 1);
  return `${formatWareki(first)}締切・${parts(admits).month}月入所`;
}

/** Twins and more: another child with the same birth (or expected) date. */
function multipleBirth(h: Household, child: Child): boolean {
  const day = child.birthDate ?? child.expectedBirthDate;
  return h.children.some((c) => c !== child && (c.birthDate ?? c.expectedBirthDate) === day);
}

const adjustments: Record<string, Adjust> = {
  // 健保法102条: from 42 days before the birth, 98 for a multiple birth.
  'maternity-allowance': (item, child, ctx) => {
    if (!multipleBirth(ctx.h, child)) return item;
    const anchor = child.birthDate ?? null;
    const fact = '多胎妊娠: 産前98日から';
    if (!anchor) {
      const estimated = item.estimated ?? null;
      const opens = child.expectedBirthDate ? addDays(child.expectedBirthDate, -98) : null;
      return {
        ...item,
        ...(item.opens ? { opens } : {}),
        ...(estimated ? { estimated: { ...estimated, opens } } : {}),
        why: { ...item.why, facts: [...item.why.facts, fact] },
      };
    }
    const w = { ...item, opens: addDays(anchor, -98) };
    return {
      ...w,
      status: statusOn(ctx.on, w, item.doneOn),
      why: { ...item.why, facts: [...item.why.facts, fact] },
    };
  },
  // 被扶養者 within 5 days via the employer (健保則38条), or 国保 within 14 days at the municipality.
  'child-health-insurance': (item, child, ctx) => {
    const employeeInsured = ctx.h.guardians.some(
      (g) => g.insurance === 'employee' || g.insurance === 'mutual-aid',
    );
    if (employeeInsured || !child.birthDate)
      return {
        ...item,
        why: {
          ...item.why,
          facts: [
            ...item.why.facts,
            employeeInsured ? '親が勤務先の健康保険: 被扶養者として5日以内' : '国民健康保険: 14日以内',
          ],
        },
      };
    const w = { ...item, due: addDays(child.birthDate, 14), filedAt: 'municipality' as const };
    return {
      ...w,
      status: statusOn(ctx.on, w, item.doneOn),
      why: { ...item.why, facts: [...item.why.facts, '世帯が国民健康保険: 世帯主が14日以内に市区町村へ'] },
    };
  },
  'child-allowance-application': (item, child, ctx) => {
    const claimant = allowanceClaimant(ctx.h);
    const civilServant = claimant.employment === 'civil-servant';
    const next = child.birthDate
      ? childAllowanceForMonth(ctx.h, monthOf(addCalendarMonths(child.birthDate, 1)))
      : null;
    const amount = next?.children.find((c) => c.child === child.id)?.amount ?? 15_000;
    return {
      ...item,
      filedAt: civilServant ? 'employer' : 'municipality',
      online: !civilServant,
      applyOnline: !civilServant && child.birthDate !== undefined,
      monthlyAmountYen: amount,
      amount: { yen: amount, per: 'month' },
      why: {
        ...item.why,
        legalBasis: civilServant ? '児童手当法7条・8条・17条（公務員は所属庁）' : item.why.legalBasis,
        facts: [
          ...item.why.facts,
          `請求者 ${claimant.familyName} ${claimant.givenName}${civilServant ? '（公務員: 勤務先へ請求）' : ''}`,
          `月額 ${amount.toLocaleString('ja-JP')}円`,
        ],
      },
    };
  },
  'child-medical-subsidy': (item, child, ctx) => {
    const rules = ctx.overlay?.medicalSubsidy ?? NATIONAL_DEFAULTS.medicalSubsidy;
    const period = [...rules.periods].reverse().find((p) => p.from <= ctx.on) ?? rules.periods[0];
    const birth = child.birthDate ?? null;
    if (!period) return item;
    const closes = birth ? endOfSchoolYearOfAge(birth, period.schoolYearEndOfAge) : null;
    const w = { ...item, closes };
    return {
      ...w,
      status: birth ? statusOn(ctx.on, w, item.doneOn) : item.status,
      why: {
        ...item.why,
        source: rules.source,
        facts: [
          ...item.why.facts.filter((f) => !f.startsWith('終了')),
          `対象: ${period.schoolYearEndOfAge}歳年度末まで`,
          `自己負担: ${period.copay}`,
          `所得制限: ${period.incomeLimit ?? 'なし'}`,
          ...(ctx.overlay ? [] : ['市区町村の規則が未登録のため、一般的な内容で表示しています']),
        ],
      },
    };
  },
  // The first April round the child can use (infants from 57 days old); its window is the previous autumn.
  'nursery-application': (item, child, ctx) => {
    const nursery = ctx.overlay?.nursery ?? NATIONAL_DEFAULTS.nursery;
    const birth = child.birthDate ?? child.expectedBirthDate;
    if (!birth) return item;
    const eligible = addDays(birth, 57);
    let aprilYear = Number(eligible.slice(0, 4));
    if (eligible.slice(5) > '04-01') aprilYear += 1;
    const w: Window = {
      opens: `${aprilYear - 1}-${nursery.aprilRound.opens}` as CivilDate,
      due: `${aprilYear - 1}-${nursery.aprilRound.closes}` as CivilDate,
      closes: `${aprilYear - 1}-${nursery.aprilRound.closes}` as CivilDate,
    };
    const facts = [
      `対象の4月入所: ${aprilYear}年4月（生後57日から入所できる施設が多い）`,
      `申込期間 ${formatWareki(w.opens as CivilDate)}〜${formatWareki(w.closes as CivilDate)}`,
      `4月以外: 前月${nursery.monthlyDeadlineDay}日締切（次は ${nextMonthlyRound(ctx.on, nursery.monthlyDeadlineDay)}）`,
    ];
    if (!child.birthDate)
      return {
        ...item,
        estimated: w,
        why: {
          ...item.why,
          facts,
          source: nursery.source,
          ...(nursery.unverified ? { unverified: nursery.unverified } : {}),
        },
      };
    return {
      ...item,
      ...w,
      status: statusOn(ctx.on, w, item.doneOn),
      why: {
        ...item.why,
        facts,
        source: nursery.source,
        ...(nursery.unverified ? { unverified: nursery.unverified } : {}),
      },
    };
  },
};

function guardianItems(s: ServiceDefinition, child: Child, ctx: Context): JourneyItem[] {
  const employees = ctx.h.guardians.filter((g: Guardian) => g.employment === 'employee');
  if (employees.length === 0 || !s.conditions.every((c) => conditionHolds(c, ctx.h, child)))
    return [notApplicable(s, child, '雇用保険に入って勤務している親が登録されていません')];
  const base = baseItem(s, child, ctx);
  return employees.map((g) => {
    // Mothers: 育児休業 starts after the 56-day 産後休業.
    const shift = g.relationship === 'mother' && s.id === 'post-birth-leave-support-benefit' ? 56 : 0;
    const w = {
      ...base,
      guardian: g.id,
      doneOn: ctx.completions.get(key(`${s.id}:${g.id}`, child.id)) ?? base.doneOn,
    };
    if (shift && w.closes) w.closes = addDays(w.closes, shift);
    return {
      ...w,
      status: w.opens ? statusOn(ctx.on, w, w.doneOn) : w.status,
      why: { ...w.why, facts: [...w.why.facts, `${g.familyName} ${g.givenName}`] },
    };
  });
}

function serviceItems(s: ServiceDefinition, child: Child, ctx: Context): JourneyItem[] {
  const failing = s.conditions.find((c) => !conditionHolds(c, ctx.h, child));
  if (s.kind === 'private' && failing) return []; // never shown without opt-in
  if (failing?.when === 'unborn') return []; // a pregnancy item after the birth: that stage is over
  // Before the birth an item for born children is shown as upcoming, its window estimated from the expected date.
  const beforeBirth = failing?.when === 'born' && child.expectedBirthDate !== undefined;
  if (!beforeBirth) {
    if (s.concerns === 'guardian') return guardianItems(s, child, ctx);
    if (failing) return [notApplicable(s, child, s.appliesWhen)];
  }
  const item = baseItem(s, child, ctx);
  return [outgrown(s, child, adjustments[s.id]?.(item, child, ctx) ?? item)];
}

/** A programme that starts after the child has outgrown it (e.g. from 2026-04 for under-3s) does not apply. */
function outgrown(s: ServiceDefinition, child: Child, item: JourneyItem): JourneyItem {
  const w = item.opens || item.closes ? item : (item.estimated ?? item);
  if (!w.opens || !w.closes || compare(w.opens, w.closes) <= 0) return item;
  // Recorded as done anyway: keep the record, without an impossible window.
  if (item.status === 'done')
    return {
      ...item,
      opens: null,
      ...(item.estimated ? { estimated: { ...item.estimated, opens: null } } : {}),
    };
  return notApplicable(s, child, `対象の期間（${formatWareki(w.closes)}まで）が制度の開始より前に終わります`);
}

// ---- vaccinations

function pcvDosesNeeded(child: Child, ctx: Context): { needed: Set<number>; reason: string } {
  const birth = child.birthDate as CivilDate;
  const started = ctx.completions.get(key('pcv-1', child.id)) ?? ctx.on;
  const at = (m: number) => dateMonthsReached(birth, m);
  if (compare(started, at(7)) < 0) {
    // A second dose given from 12 months on makes the third unnecessary (fact sheet §7).
    const second = ctx.completions.get(key('pcv-2', child.id));
    if (second && compare(second, at(12)) >= 0)
      return { needed: new Set([1, 2, 4]), reason: '2回目が生後12か月以降だったため3回目は不要: 追加接種へ' };
    return { needed: new Set([1, 2, 3, 4]), reason: '生後2〜6か月で開始: 3回＋追加1回' };
  }
  if (compare(started, at(12)) < 0)
    return { needed: new Set([1, 2, 4]), reason: '生後7〜11か月で開始: 2回＋追加1回' };
  if (compare(started, at(24)) < 0)
    return { needed: new Set([1, 2]), reason: '生後12〜23か月で開始: 60日以上あけて2回' };
  return { needed: new Set([1]), reason: '生後24か月以降に開始: 1回' };
}

const VACCINE_DOCUMENTS = ['母子健康手帳', '予診票'];

interface DosePlan {
  dose: VaccineDefinition['doses'][number];
  id: string;
  title: { ja: string; en: string };
}

// Per vaccine and product: the doses, their ids and titles, built once (the journey's hot path).
const dosePlans = new WeakMap<VaccineDefinition, Record<'monovalent' | 'pentavalent', DosePlan[]>>();

function plansFor(v: VaccineDefinition, product: 'monovalent' | 'pentavalent'): DosePlan[] {
  let plans = dosePlans.get(v);
  if (!plans) {
    const build = (p: 'monovalent' | 'pentavalent') => {
      const doses = v.doses.filter((d) => !d.product || d.product === p);
      const single = new Set(doses.map((d) => d.n)).size === 1;
      return doses.map((dose) => ({
        dose,
        id: single ? v.id : `${v.id}-${dose.n}`,
        title: single ? v.title : { ja: `${v.title.ja} ${dose.n}回目`, en: `${v.title.en} dose ${dose.n}` },
      }));
    };
    plans = { monovalent: build('monovalent'), pentavalent: build('pentavalent') };
    dosePlans.set(v, plans);
  }
  return plans[product];
}

function vaccineItem(
  v: VaccineDefinition,
  plan: DosePlan,
  child: Child,
  doneOn: CivilDate | null,
  status: ItemStatus,
  w: Window,
  facts: string[],
  extra?: { estimated?: Window; appliesWhen?: string },
): JourneyItem {
  return {
    id: plan.id,
    child: child.id,
    title: plan.title,
    kind: 'vaccination',
    group: 'vaccination',
    status,
    opens: w.opens,
    due: w.due,
    closes: w.closes,
    ...(extra?.estimated ? { estimated: extra.estimated } : {}),
    doneOn,
    filedAt: 'medical-institution',
    online: false,
    applyOnline: false,
    monthlyAmountYen: null,
    amount: null,
    documents: VACCINE_DOCUMENTS,
    why: {
      rule: v.rule,
      facts,
      legalBasis: v.legalBasis,
      source: v.source,
      ...(extra?.appliesWhen ? { appliesWhen: extra.appliesWhen } : {}),
    },
  };
}

function vaccineItems(v: VaccineDefinition, child: Child, ctx: Context): JourneyItem[] {
  const birth = child.birthDate ?? null;
  const pcv = v.catchUp === 'pcv' && birth ? pcvDosesNeeded(child, ctx) : null;
  const out: JourneyItem[] = [];
  for (const plan of plansFor(v, child.rotavirusVaccine ?? 'monovalent')) {
    const d = plan.dose;
    const doneOn = ctx.completions.get(key(plan.id, child.id)) ?? null;
    if (pcv && !pcv.needed.has(d.n) && !doneOn) {
      out.push(
        vaccineItem(v, plan, child, null, 'not-applicable', NO_WINDOW, [pcv.reason], {
          appliesWhen: '生後2〜6か月で接種を始めた場合は4回接種します',
        }),
      );
      continue;
    }
    if (!birth) {
      const expected = child.expectedBirthDate ?? null;
      const estimated = {
        opens: evaluateRule(d.opens, expected),
        due: null,
        closes: evaluateRule(d.closes, expected),
      };
      out.push(
        vaccineItem(
          v,
          plan,
          child,
          doneOn,
          doneOn ? 'done' : 'upcoming',
          NO_WINDOW,
          ['生まれた日から接種の時期が決まります'],
          { estimated },
        ),
      );
      continue;
    }
    let opens = evaluateRule(d.opens, birth) as CivilDate;
    const closes = evaluateRule(d.closes, birth) as CivilDate;
    const facts: string[] = [];
    // The PCV booster after a late start (or a skipped dose 3) follows the last primary dose.
    const after =
      pcv && d.n === 4 && !pcv.needed.has(3)
        ? { dose: 2, days: 60 }
        : pcv && d.n === 2 && !pcv.needed.has(3) && !pcv.needed.has(4)
          ? { dose: 1, days: 60 }
          : d.after;
    if (after) {
      const prev = ctx.completions.get(key(`${v.id}-${after.dose}`, child.id));
      if (!prev) {
        const status = doneOn ? 'done' : compare(ctx.on, closes) > 0 ? 'missed' : 'upcoming';
        out.push(
          vaccineItem(v, plan, child, doneOn, status, { opens: null, due: null, closes }, [
            `${after.dose}回目の接種後に日程が決まります`,
            `接種できるのは ${formatWareki(closes)} まで`,
          ]),
        );
        continue;
      }
      opens = later(opens, offset(prev, { months: after.months, days: after.days }));
      facts.push(`${after.dose}回目 ${formatWareki(prev)}`);
    }
    if (pcv) facts.push(pcv.reason);
    if (compare(opens, closes) > 0) {
      // no day in the window is far enough from the previous dose
      facts.push('接種できる期間内に間隔がとれません');
      out.push(
        vaccineItem(
          v,
          plan,
          child,
          doneOn,
          doneOn ? 'done' : 'missed',
          { opens: null, due: null, closes },
          facts,
        ),
      );
      continue;
    }
    facts.push(`接種期間 ${formatWareki(opens)}〜${formatWareki(closes)}`);
    const w: Window = { opens, due: null, closes };
    out.push(vaccineItem(v, plan, child, doneOn, statusOn(ctx.on, w, doneOn), w, facts));
  }
  return out;
}

export function computeJourney(h: Household, on: CivilDate): Journey {
  const c = catalog();
  const overlay = c.overlays.get(h.municipalityCode);
  const completions = new Map<string, CivilDate>();
  for (const done of h.completed) completions.set(key(done.item, done.child ?? null), done.on);
  const ctx: Context = { h, on, completions, overlay };
  const notices: string[] = [];
  if (!overlay)
    notices.push(
      `municipality ${h.municipalityCode} has no overlay: national defaults are shown (医療費助成・保育の申込期間は目安)`,
    );
  const known = knownItemIds();
  h.completed.forEach((done, i) => {
    if (!known.has(done.item.split(':')[0] ?? ''))
      notices.push(`completed[${i}].item: unknown item id "${done.item}" (ignored)`);
    const child = h.children.find((k) => k.id === done.child);
    if (child?.birthDate && compare(done.on, child.birthDate) < 0 && !done.item.startsWith('pregnancy'))
      notices.push(`completed[${i}].on: ${done.on} is before the birth (${child.birthDate})`);
  });
  for (const child of h.children)
    if (child.expectedBirthDate && !child.birthDate && compare(child.expectedBirthDate, addDays(on, -42)) < 0)
      notices.push(
        `children.${child.id}.expectedBirthDate: ${child.expectedBirthDate} is more than 6 weeks past and no birthDate is recorded`,
      );

  const items: JourneyItem[] = [];
  for (const child of h.children) {
    // The journey runs from pregnancy to school entry: a child who has started school has no items
    // (still counted for 児童手当 and its third-child rate).
    if (child.birthDate && compare(evaluateRule(SCHOOL_ENTRY, child.birthDate) as CivilDate, on) <= 0)
      continue;
    for (const s of c.services) items.push(...serviceItems(s, child, ctx));
    for (const v of c.vaccines) items.push(...vaccineItems(v, child, ctx));
  }
  return {
    format: JOURNEY_FORMAT,
    on,
    municipality: {
      code: h.municipalityCode,
      name: municipalityName(h.municipalityCode) ?? null,
      overlay: overlay !== undefined,
    },
    notices,
    items,
    childAllowance: childAllowanceSummary(h, on),
  };
}
